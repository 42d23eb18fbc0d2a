// SPDX-License-Identifier: GPL-3.0-or-later
// The form without a mouse, and what it tells about the description (issue 16): Tab walks the
// fields top to bottom, a screen reader names every stop after its label, and the description
// field counts its words against the site's home-card cut.
#include "fieldeditor.h"
#include "formfixture.h"
#include "homecardcut.h"
#include "site.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QTest>
#include <QVBoxLayout>

using namespace Lectern;
using namespace FormFixture;

class TestFormKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void descriptionNoteText_data();
    void descriptionNoteText();
    void descriptionNoteInTheSeedSite();
    void descriptionNoteWithoutCut();
    void tabWalksTheFormTopToBottom();
};

namespace {

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name) : QString();
}

QString words(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("w%1").arg(i);
    return out.join(QLatin1Char(' '));
}

HomeCardCut cutOf(HomeCardCut::Unit unit, int count)
{
    HomeCardCut cut;
    cut.unit = unit;
    cut.count = count;
    return cut;
}

} // namespace

void TestFormKeyboard::descriptionNoteText_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<HomeCardCut>("cut");
    QTest::addColumn<QString>("expected");
    using Unit = HomeCardCut::Unit;
    QTest::newRow("longer than the cut: says what the home page shows")
        << words(37) << cutOf(Unit::Words, 32) << QStringLiteral("37 words — the home page shows the first 32");
    QTest::newRow("exactly the cut: shown whole") << words(32) << cutOf(Unit::Words, 32) << QStringLiteral("32 words");
    QTest::newRow("shorter: the count alone") << words(24) << cutOf(Unit::Words, 32) << QStringLiteral("24 words");
    QTest::newRow("one word") << QStringLiteral("Hello") << cutOf(Unit::Words, 32) << QStringLiteral("1 word");
    QTest::newRow("line breaks and runs of blanks split like Liquid")
        << QStringLiteral("  a\n\nb   c\t") << cutOf(Unit::Words, 2) << QStringLiteral("3 words — the home page shows the first 2");
    QTest::newRow("a site without a cut: the count alone") << words(80) << HomeCardCut() << QStringLiteral("80 words");
    QTest::newRow("a character cut counts characters")
        << QString(60, QLatin1Char('x')) << cutOf(Unit::Characters, 50)
        << QStringLiteral("60 characters — the home page shows the first 50");
}

void TestFormKeyboard::descriptionNoteText()
{
    QFETCH(QString, description);
    QFETCH(HomeCardCut, cut);
    QFETCH(QString, expected);
    QCOMPARE(FrontMatterForm::descriptionNoteText(description, cut), expected);
}

void TestFormKeyboard::descriptionNoteInTheSeedSite()
{
    // The seed site's card: post.description | strip_html | truncatewords: 32.
    SeedEditors e;
    QVERIFY(e.seed.loaded);
    QLabel *note = e.form.descriptionNote();
    QVERIFY(note);
    QCOMPARE(note->text(), QStringLiteral("211 words — the home page shows the first 32"));
    QVERIFY(note->toolTip().contains(QLatin1String("_includes/post-card.html")));
    // Typing updates it at once: a short description fits.
    auto *edit = qobject_cast<QPlainTextEdit *>(e.form.editor(QStringLiteral("description"))->focusTarget());
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("A short one."));
    QCOMPARE(note->text(), QStringLiteral("3 words"));
}

void TestFormKeyboard::descriptionNoteWithoutCut()
{
    // The form fixture site shows descriptions nowhere cut: the note is the count alone.
    QTemporaryDir dir;
    EditSession session;
    QVERIFY(session.document()->load(typedPost(dir), nullptr));
    FrontMatterForm form(&session);
    QLabel *note = form.descriptionNote();
    QVERIFY(note);
    QVERIFY2(note->text().endsWith(QLatin1String(" words")), qPrintable(note->text()));
    QVERIFY(!note->text().contains(QLatin1String("home page")));
}

void TestFormKeyboard::tabWalksTheFormTopToBottom()
{
    SeedEditors e;
    QVERIFY(e.seed.loaded);
    QWidget host;
    // The form belongs to the fixture, not to the window around it.
    const auto release = qScopeGuard([&e] { e.form.setParent(nullptr); });
    auto *layout = new QVBoxLayout(&host);
    layout->addWidget(&e.form);
    host.resize(500, 1400);   // every row on screen: y-coordinates mean what the eye sees
    host.show();
    host.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&host));

    const QStringList keys = e.form.shownKeys();
    QVERIFY2(keys.contains(QStringLiteral("categories")) && keys.contains(QStringLiteral("image")), qPrintable(keys.join(u',')));
    // Each field's first widget is named after its label, as a screen reader should say it.
    QHash<QWidget *, QString> fieldNames;
    for (const QString &key : keys) {
        FieldEditor *editor = e.form.editor(key);
        QString label = e.form.label(key)->text();
        label.remove(QLatin1Char('&'));
        label.chop(1);   // the colon
        fieldNames.insert(editor->focusOrder().first(), label);
    }
    // From the form's first stop (the bar's Add field) round to it again: the window has nothing else.
    QWidget *first = e.form.findChild<QWidget *>(QStringLiteral("addFieldButton"));
    QVERIFY(first);
    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), first);

    QList<QWidget *> visited;
    int lastY = -1;
    QWidget *at = first;
    while (at && e.form.isAncestorOf(at) && !visited.contains(at)) {
        visited << at;
        const int y = at->mapTo(&e.form, QPoint(0, 0)).y();
        QVERIFY2(y >= lastY, qPrintable(QStringLiteral("%1 (%2) at y %3 comes after y %4")
                                            .arg(QString::fromLatin1(at->metaObject()->className()), accessibleName(at)).arg(y).arg(lastY)));
        lastY = y;
        const QString name = accessibleName(at);
        QVERIFY2(!name.trimmed().isEmpty(), at->metaObject()->className());
        if (fieldNames.contains(at)) {
            // Qt on Linux reads a combo box's value as its Name (the label reaches AT-SPI as a
            // relation): there the name given is checked on the widget.
            QCOMPARE(qobject_cast<QComboBox *>(at) ? at->accessibleName() : name, fieldNames.value(at));
        }
        // A date edit takes Tab from section to section (day, month, year) before it lets go.
        for (int sections = 0; sections < 8 && QApplication::focusWidget() == visited.last(); ++sections)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        at = QApplication::focusWidget();
    }
    QStringList walked;
    for (QWidget *w : std::as_const(visited))
        walked << accessibleName(w);
    // Every field was reached, and the categories' list and its buttons in between.
    for (auto it = fieldNames.cbegin(); it != fieldNames.cend(); ++it)
        QVERIFY2(visited.contains(it.key()), qPrintable(it.value() + QStringLiteral(" not in ") + walked.join(u',')));
    QVERIFY2(visited.size() >= keys.size() + 5, qPrintable(walked.join(u',')));
}

QTEST_MAIN(TestFormKeyboard)
#include "tst_formkeyboard.moc"
