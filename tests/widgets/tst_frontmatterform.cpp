// SPDX-License-Identifier: GPL-3.0-or-later



























                                            QStringLiteral("categories")}));
                                            QStringLiteral("description"), QStringLiteral("image"),
                                          << QByteArray("speaker:\n  name: Grace\n  affiliation: Lab\n");
                                    << QByteArray("link: https://example.org/new\n");
                QVERIFY2(form.shownKeys().contains(key), qPrintable(path + QLatin1String(": ") + key));
             qPrintable(form.yamlView()->statusLabel()->text()));
            QVERIFY2(form.isYamlShown(), qPrintable(path));
            continue;
            for (const QString &key : doc.post().frontMatter().keys())
            reached << targets.value(w);
            yaml = button;
        ++opened;
        << "categories" << QByteArray("categories:\n  - seminar\n") << QByteArray("categories:\n  - seminar\n  - news\n");
        << "date" << QByteArray("date: 2024-08-16 10:00:00 -0700\n") << QByteArray("date: 2024-08-17 10:00:00 -0700\n");
        << "description" << QByteArray("description: >\n  Folded text\n  over lines.\n")
        << "image" << QByteArray("image: /images/a.png\n") << QByteArray("image: /images/b.png\n");
        << "published" << QByteArray("published: true\n") << QByteArray("published: false\n");
        << "tags" << QByteArray("tags: [hpc, ai]\n") << QByteArray("tags: [hpc, ai, data]\n");
        << "title" << QByteArray("title: \"Typed fields\"   # comment survives\n")
        << QByteArray("description: >\n  Folded text changed.\n");
        << QByteArray("title: \"New: title\"   # comment survives\n");
        FrontMatterForm form(&doc);
        PostDocument doc;
        QCOMPARE(edit->toPlainText(), QStringLiteral("name: Ada\naffiliation: Lab"));
        QComboBox *combo = editorOf<ChoiceFieldEditor>(form, field)->comboBox();
        QDateTimeEdit *edit = editorOf<DateFieldEditor>(form, field)->dateEdit();
        QDoubleSpinBox *spin = editorOf<NumberFieldEditor>(form, field)->spinBox();
        QLabel *label = form.label(key);
        QLineEdit *add = editorOf<ListFieldEditor>(form, field)->addEdit();
        QLineEdit *edit = editorOf<TextFieldEditor>(form, field)->lineEdit();
        QLineEdit *edit = editorOf<TextFieldEditor>(form, field)->lineEdit();
        QPlainTextEdit *edit = editorOf<MultiLineFieldEditor>(form, field)->textEdit();
        QPlainTextEdit *edit = editorOf<RawFieldEditor>(form, field)->textEdit();
        QSKIP("the shared corpus (../shared/corpus) is absent");
        QString error;
        QTest::keyClick(add, Qt::Key_Return);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(add, QStringLiteral("data"));
        QTest::keyClicks(edit, QStringLiteral("Folded text changed."));
        QTest::keyClicks(edit, QStringLiteral("New: title"));
        QTest::keyClicks(edit, QStringLiteral("https://example.org/new"));
        QVERIFY(!image->thumbnail()->pixmap().isNull());
        QVERIFY(image->useFile(dir.filePath(QStringLiteral("images/b.png")), false, &error));
        QVERIFY(index >= 0);
        QVERIFY(raw->findChild<QLabel *>(QStringLiteral("rawNote")));
        QVERIFY2(!doc.isModified() && doc.post().toBytes() == before, qPrintable(path));
        QVERIFY2(!seen.contains(mnemonic), qPrintable(text));
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        QVERIFY2(label->buddy(), qPrintable(text));
        QVERIFY2(r.right() <= form.width(), qPrintable(key));
        QVERIFY2(raw, qPrintable(key));
        QWidget *editor = form.editor(key);
        Q_EMIT combo->activated(index);
        auto *image = editorOf<ImageFieldEditor>(form, field);
        auto *raw = editorOf<RawFieldEditor>(form, key);
        combo->setCurrentIndex(index);
        combo->setFocus();
        const QByteArray before = doc.post().toBytes();
        const QChar mnemonic = text.at(amp + 1).toLower();
        const QRect r(editor->mapTo(&form, QPoint(0, 0)), editor->size());
        const QString text = label->text();
        const int index = combo->findData(QStringLiteral("post"));
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        edit->selectAll();
        edit->selectAll();
        edit->selectAll();
        edit->setDateTime(edit->dateTime().addDays(1));
        edit->setPlainText(QStringLiteral("name: Grace\naffiliation: Lab"));
        editorOf<BoolFieldEditor>(form, field)->checkBox()->click();
        editorOf<ListFieldEditor>(form, field)->addItem(QStringLiteral("news"));
        focusOut(edit);
        focusOut(edit);
        form.grab().save(out + QStringLiteral("/form-narrow.png"));
        form.setYamlShown(!form.isYamlShown());
        form.setYamlShown(!form.isYamlShown());
        form.show();
        if (!doc.load(path, &error))
        if (button->defaultAction() && button->defaultAction()->objectName() == QLatin1String("yamlToggle"))
        if (doc.post().isReadOnly()) {
        if (targets.contains(w) && !reached.contains(targets.value(w)))
        seen.insert(mnemonic);
        spin->stepUp();
        targets.insert(form.editor(key)->focusTarget(), key);
        }
        } else {
    // A paste: one change that leaves the YAML broken.
    // As you type: a date that does not parse, then one that does.
    // One undo step restores the original bytes.
    // Squeezed by the splitter, the pane keeps every field and the YAML button in view: no sideways scrolling.
    FrontMatterForm form(&doc);
    FrontMatterForm form(&doc);
    FrontMatterForm form(&doc);
    FrontMatterForm form(&doc);
    FrontMatterForm form(&doc);
    FrontMatterForm form(&doc);
    FrontMatterForm form(&doc);
    FrontMatterForm form(&doc);
    FrontMatterForm form(&doc);
    FrontMatterForm form(&doc);
    FrontMatterForm form(&doc);
    FrontMatterForm form(&doc);
    FrontMatterForm form(&doc);
    FrontMatterForm form(&doc);
    PostDocument doc;
    PostDocument doc;
    PostDocument doc;
    PostDocument doc;
    PostDocument doc;
    PostDocument doc;
    PostDocument doc;
    PostDocument doc;
    PostDocument doc;
    PostDocument doc;
    PostDocument doc;
    PostDocument doc;
    PostDocument doc;
    PostDocument doc;
    QApplication::sendEvent(w, &event);
    QByteArray expected = replaced(original, "order: 3\n", "");
    QCOMPARE(LecternTest::readAll(path), expected);
    QCOMPARE(LecternTest::readAll(path), original);
    QCOMPARE(LecternTest::readAll(path), original);
    QCOMPARE(LecternTest::readAll(path), original);
    QCOMPARE(LecternTest::readAll(path), replaced(original, "  affiliation: Lab\n", "  affiliation: Lab\nauthor: Ada Lovelace\n"));
    QCOMPARE(LecternTest::readAll(path), replaced(original, "date: 19 March 2025\n", "date: 20 March 2025\n"));
    QCOMPARE(LecternTest::readAll(path), replaced(original, "layout: seminar\n", "layout: post\n"));
    QCOMPARE(LecternTest::readAll(path), replaced(original, oldEntry, newEntry));
    QCOMPARE(QDir(image->imageFolder()), QDir(dir.filePath(QStringLiteral("images"))));
    QCOMPARE(author->placeholderText(), QStringLiteral("Lab News Team"));
    QCOMPARE(doc.post().frontMatter().scalar(QStringLiteral("image")), QStringLiteral("/images/a-1.png"));
    QCOMPARE(doc.post().frontMatter().scalar(QStringLiteral("layout")), QStringLiteral("post"));
    QCOMPARE(doc.post().frontMatter().scalar(QStringLiteral("room")), QStringLiteral("MDR 1137"));
    QCOMPARE(doc.post().frontMatter().text(), before);   // the post never holds YAML Jekyll would reject
    QCOMPARE(edit->date(), QDate(2025, 3, 19));
    QCOMPARE(editorOf<ChoiceFieldEditor>(form, QStringLiteral("layout"))->comboBox()->currentText(), QStringLiteral("post"));
    QCOMPARE(editorOf<ChoiceFieldEditor>(form, QStringLiteral("layout"))->comboBox()->currentText(), QStringLiteral("post"));
    QCOMPARE(editorOf<ListFieldEditor>(form, QStringLiteral("categories"))->items(), QStringList(QStringLiteral("seminar")));
    QCOMPARE(editorOf<RawFieldEditor>(form, QStringLiteral("categories"))->textEdit()->toPlainText(), QStringLiteral("a: b"));
    QCOMPARE(form.label(QStringLiteral("title"))->text(), QStringLiteral("&Headline:"));
    QCOMPARE(form.shownKeys(), QStringList({QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("layout"),
    QCOMPARE(form.undoStack()->count(), 1);
    QCOMPARE(form.yamlView()->text().toUtf8(), doc.post().frontMatter().text());
    QCOMPARE(reached, form.shownKeys());
    QComboBox *room = editorOf<ChoiceFieldEditor>(form, QStringLiteral("room"))->comboBox();
    QDateTimeEdit *edit = editorOf<DateFieldEditor>(form, QStringLiteral("date"))->dateEdit();
    QFETCH(QByteArray, newEntry);
    QFETCH(QByteArray, oldEntry);
    QFETCH(QString, field);
    QFile::copy(LecternTest::dataPath(QStringLiteral("form/odd.md")), path);
    QFile::copy(LecternTest::dataPath(QStringLiteral("form/odd.md")), path);
    QFocusEvent event(QEvent::FocusOut, Qt::TabFocusReason);
    QHash<QWidget *, QString> targets;
    QLineEdit *author = editorOf<TextFieldEditor>(form, QStringLiteral("author"))->lineEdit();
    QLineEdit *date = editorOf<TextFieldEditor>(form, QStringLiteral("date"))->lineEdit();
    QPlainTextEdit *text = form.yamlView()->textEdit();
    QPlainTextEdit *text = form.yamlView()->textEdit();
    QSet<QChar> seen;
    QSplitter splitter;
    QString error;
    QString error;
    QString error;
    QString error;
    QString error;
    QString error;
    QString error;
    QString error;
    QString error;
    QString error;
    QString error;
    QString error;
    QString error;
    QString error;
    QStringList reached;
    QTRY_VERIFY(pane->width() >= form->minimumSizeHint().width());
    QTemporaryDir dir;
    QTemporaryDir dir;
    QTemporaryDir dir;
    QTemporaryDir dir;
    QTemporaryDir dir;
    QTemporaryDir dir;
    QTemporaryDir dir;
    QTemporaryDir dir;
    QTemporaryDir dir;
    QTemporaryDir dir;
    QTemporaryDir dir;
    QTemporaryDir dir;
    QTemporaryDir dir;
    QTemporaryDir dir;
    QTemporaryDir outside;
    QTest::addColumn<QByteArray>("newEntry");
    QTest::addColumn<QByteArray>("oldEntry");
    QTest::addColumn<QString>("field");
    QTest::keyClick(author, Qt::Key_Return);
    QTest::keyClick(date, Qt::Key_Return);
    QTest::keyClicks(author, QStringLiteral("Ada Lovelace"));
    QTest::keyClicks(date, QStringLiteral("2024-08-16"));
    QTest::keyClicks(date, QStringLiteral("2024-13-45"));
    QTest::newRow("boolean: unchecked writes false")
    QTest::newRow("choice: layout from _layouts") << "layout" << QByteArray("layout: seminar\n") << QByteArray("layout: post\n");
    QTest::newRow("datetime: next day keeps time and offset")
    QTest::newRow("image: chosen file inside the site")
    QTest::newRow("list: block list item removed")
    QTest::newRow("list: flow list gains an item in flow style")
    QTest::newRow("map: raw YAML editor") << "speaker" << QByteArray("speaker:\n  name: Ada\n  affiliation: Lab\n")
    QTest::newRow("multi-line: folded block stays folded")
    QTest::newRow("number: spin box step") << "order" << QByteArray("order: 3\n") << QByteArray("order: 4\n");
    QTest::newRow("text: title keeps its quotes and comment")
    QTest::newRow("url: line edit") << "link" << QByteArray("link: https://example.org/talk\n")
    QTextCursor cursor = text->document()->find(QStringLiteral("layout: seminar"));
    QToolButton *yaml = nullptr;
    QVERIFY(!cursor.isNull());
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.isModified());   // nothing is written until the field has a value
    QVERIFY(!form.isInherited(QStringLiteral("author")));
    QVERIFY(!form.isYamlShown());
    QVERIFY(!form.setYamlShown(false));                    // and the user's text is not thrown away
    QVERIFY(!form.shownKeys().contains(QStringLiteral("order")));
    QVERIFY(!form.yamlView()->isValid());
    QVERIFY(!image->thumbnail()->pixmap().isNull());
    QVERIFY(!image->useFile(photo, false, &error));
    QVERIFY(!pane->horizontalScrollBar()->isVisible());
    QVERIFY(!text->extraSelections().isEmpty());
    QVERIFY(QFile::copy(LecternTest::dataPath(QStringLiteral("form/site/images/b.png")), photo));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("images/a-1.png"))));
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QVERIFY(QTest::qWaitForWindowExposed(&splitter));
    QVERIFY(author->text().isEmpty());
    QVERIFY(doc.isModified());
    QVERIFY(doc.load(path, &error));
    QVERIFY(doc.load(path, &error));
    QVERIFY(doc.load(path, &error));
    QVERIFY(doc.load(path, &error));
    QVERIFY(doc.load(path, &error));
    QVERIFY(doc.load(path, &error));
    QVERIFY(doc.load(path, &error));
    QVERIFY(doc.load(path, &error));
    QVERIFY(doc.load(path, &error));
    QVERIFY(doc.load(seedPost(dir), &error));
    QVERIFY(doc.load(seedPost(dir), &error));
    QVERIFY(doc.load(typedPost(dir), &error));
    QVERIFY(doc.load(typedPost(dir), &error));
    QVERIFY(doc.save(&error));
    QVERIFY(doc.save(&error));
    QVERIFY(doc.save(&error));
    QVERIFY(doc.save(&error));
    QVERIFY(doc.save(&error));
    QVERIFY(doc.save(&error));
    QVERIFY(doc.save(&error));
    QVERIFY(doc.save(&error));
    QVERIFY(editorOf<ImageFieldEditor>(form, QStringLiteral("image")));
    QVERIFY(editorOf<MultiLineFieldEditor>(form, QStringLiteral("description")));
    QVERIFY(error.contains(QStringLiteral("outside")));
    QVERIFY(form->width() >= form->minimumSizeHint().width());
    QVERIFY(form.isInherited(QStringLiteral("author")));
    QVERIFY(form.isYamlShown());
    QVERIFY(form.isYamlShown());
    QVERIFY(form.problemLabel(QStringLiteral("author"))->text().contains(QStringLiteral("Lab News Team")));
    QVERIFY(form.removeField(QStringLiteral("order")));
    QVERIFY(form.setYamlShown(false));
    QVERIFY(form.setYamlShown(true));
    QVERIFY(form.setYamlShown(true));
    QVERIFY(form.shownKeys().contains(QStringLiteral("room")));
    QVERIFY(form.titleEdit()->text().startsWith(QStringLiteral("Supporting Research Infrastructure")));
    QVERIFY(image->useFile(photo, true, &error));
    QVERIFY(opened > 50);
    QVERIFY(problem("date").contains(QStringLiteral("not a date")));
    QVERIFY(text->toPlainText().startsWith(QStringLiteral("oops: [unclosed\n")));
    QVERIFY(yaml);
    QVERIFY2(doc.load(path, &error), qPrintable(error));
    QVERIFY2(form.minimumSizeHint().width() <= 280, qPrintable(QString::number(form.minimumSizeHint().width())));
    QVERIFY2(form.yamlView()->statusLabel()->text().startsWith(QStringLiteral("Line ")),
    QVERIFY2(pane->viewport()->rect().contains(shown), "the YAML button is cut off");
    QVERIFY2(problem("date").contains(QStringLiteral("not a date")), qPrintable(problem("date")));
    QVERIFY2(problem("date").isEmpty(), qPrintable(problem("date")));
    QVERIFY2(problem("image").contains(QStringLiteral("not in the site")), qPrintable(problem("image")));
    QVERIFY2(problem("link").contains(QStringLiteral("required")), qPrintable(problem("link")));
    QVERIFY2(problem("tags").contains(QStringLiteral("more than once")), qPrintable(problem("tags")));
    QVERIFY2(seed.loaded, qPrintable(seed.error));
    QWidget *w = form.editor(form.shownKeys().first())->focusTarget();
    Q_ASSERT(at >= 0);
    Q_EMIT room->activated(index);
    Q_OBJECT
    SeedDocument seed;
    auto *form = new FrontMatterForm(&seed.doc);
    auto *image = editorOf<ImageFieldEditor>(form, QStringLiteral("image"));
    auto *pane = new FormScrollArea(form);
    auto problem = [&](const char *key) { return form.problemLabel(QString::fromLatin1(key))->text(); };
    const QByteArray before = doc.post().frontMatter().text();
    const QByteArray original = LecternTest::readAll(path);
    const QByteArray original = LecternTest::readAll(path);
    const QByteArray original = LecternTest::readAll(path);
    const QByteArray original = LecternTest::readAll(path);
    const QByteArray original = LecternTest::readAll(path);
    const QByteArray original = LecternTest::readAll(path);
    const QByteArray original = LecternTest::readAll(path);
    const QRect shown(yaml->mapTo(pane->viewport(), QPoint(0, 0)), yaml->size());
    const QString out = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
    const QString path = dir.filePath(QStringLiteral("_posts/odd.md"));
    const QString path = dir.filePath(QStringLiteral("_posts/odd.md"));
    const QString path = seedPost(dir);
    const QString path = typedPost(dir);
    const QString path = typedPost(dir);
    const QString path = typedPost(dir);
    const QString path = typedPost(dir);
    const QString path = typedPost(dir);
    const QString path = typedPost(dir);
    const QString path = typedPost(dir);
    const QString photo = outside.filePath(QStringLiteral("a.png"));   // same name as a site image
    const QStringList posts = LecternTest::corpusPosts();
    const int index = room->findData(QStringLiteral("MDR 1137"));
    const qsizetype at = original.indexOf(oldEntry);
    copySite(LecternTest::dataPath(QStringLiteral("form/site")), dir);
    copySite(LecternTest::dataPath(QStringLiteral("form/site")), dir);
    cursor.insertText(QStringLiteral("layout: post"));
    date->selectAll();
    date->selectAll();
    edit->setDate(QDate(2025, 3, 20));
    expected = replaced(expected, "  affiliation: Lab\n", "  affiliation: Lab\nroom: MDR 1137\n");
    for (QToolButton *button : form->findChildren<QToolButton *>()) {
    for (const QString &key : form.shownKeys())
    for (const QString &key : form.shownKeys()) {
    for (const QString &key : form.shownKeys()) {
    for (const QString &key : {QStringLiteral("title"), QStringLiteral("categories")}) {
    for (const QString &path : posts) {
    for (int i = 0; i < 500 && reached.size() < targets.size(); ++i, w = w->nextInFocusChain()) {
    form.addField(QStringLiteral("room"));
    form.resize(280, 900);
    form.show();
    form.show();
    form.show();
    form.show();
    form.show();
    form.show();
    form.show();
    form.show();
    form.undoStack()->undo();
    form.yamlAction()->trigger();
    form.yamlAction()->trigger();
    if (!out.isEmpty())
    if (field == QLatin1String("title")) {
    if (posts.isEmpty())
    int opened = 0;
    return original.replace(at, oldEntry.size(), newEntry);
    room->setCurrentIndex(index);
    splitter.addWidget(new QWidget);
    splitter.addWidget(pane);
    splitter.resize(800, 600);
    splitter.setSizes({60, 740});
    splitter.show();
    text->moveCursor(QTextCursor::Start);
    text->textCursor().insertText(QStringLiteral("oops: [unclosed\n"));
    void addAndRemoveField();
    void corpusPostsShowEveryKeyUnchanged();
    void editChangesOnlyThatEntry();
    void editChangesOnlyThatEntry_data();
    void formPaneNeverCutsTheForm();
    void imageOutsideSiteIsCopiedIn();
    void inheritedKeyShownAndWritten();
    void invalidYamlIsMarkedAndKept();
    void labelsHaveUniqueMnemonics();
    void narrowPaneWrapsLabels();
    void oddValuesFallBackToYaml();
    void problemsShownNextToFields();
    void seedDateKeepsItsStyle();
    void seedFormOrderAndTypes();
    void tabOrderFollowsForm();
    void yamlEditsReachTheForm();
    void yamlToggleRoundTrips();
    }
    }
    }
    }
    }
    }
    }
    } else if (field == QLatin1String("categories")) {
    } else if (field == QLatin1String("date")) {
    } else if (field == QLatin1String("description")) {
    } else if (field == QLatin1String("image")) {
    } else if (field == QLatin1String("layout")) {
    } else if (field == QLatin1String("link")) {
    } else if (field == QLatin1String("order")) {
    } else if (field == QLatin1String("published")) {
    } else if (field == QLatin1String("speaker")) {
    } else if (field == QLatin1String("tags")) {
#include "basicfieldeditors.h"
#include "datefieldeditor.h"
#include "formfixture.h"
#include "formscrollarea.h"
#include "frontmatterform.h"
#include "imagefieldeditor.h"
#include "listfieldeditor.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "rawyamlview.h"
#include "testsupport.h"
#include "tst_frontmatterform.moc"
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>
#include <QUndoStack>
// original with the lines of one entry (found by its exact old text) replaced.
QByteArray replaced(QByteArray original, const QByteArray &oldEntry, const QByteArray &newEntry)
QTEST_MAIN(TestFrontMatterForm)
class TestFrontMatterForm final : public QObject
namespace {
private Q_SLOTS:
using namespace FormFixture;
using namespace Lectern;
void TestFrontMatterForm::addAndRemoveField()
void TestFrontMatterForm::corpusPostsShowEveryKeyUnchanged()
void TestFrontMatterForm::editChangesOnlyThatEntry()
void TestFrontMatterForm::editChangesOnlyThatEntry_data()
void TestFrontMatterForm::formPaneNeverCutsTheForm()
void TestFrontMatterForm::imageOutsideSiteIsCopiedIn()
void TestFrontMatterForm::inheritedKeyShownAndWritten()
void TestFrontMatterForm::invalidYamlIsMarkedAndKept()
void TestFrontMatterForm::labelsHaveUniqueMnemonics()
void TestFrontMatterForm::narrowPaneWrapsLabels()
void TestFrontMatterForm::oddValuesFallBackToYaml()
void TestFrontMatterForm::problemsShownNextToFields()
void TestFrontMatterForm::seedDateKeepsItsStyle()
void TestFrontMatterForm::seedFormOrderAndTypes()
void TestFrontMatterForm::tabOrderFollowsForm()
void TestFrontMatterForm::yamlEditsReachTheForm()
void TestFrontMatterForm::yamlToggleRoundTrips()
void focusOut(QWidget *w)
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
{
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
} // namespace
};
