// SPDX-License-Identifier: GPL-3.0-or-later
// Format → Link… (Ctrl+K, issue 16) as the writer uses it: the dialog completes the site's posts and
// puts their {% post_url %} in; a typed URL links the selection, else the word at the cursor, else the
// dialog's text; the link is one undo step.
#include "editsession.h"
#include "linkdialog.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "site.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Lectern;

class TestLinkDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertsLink_data();
    void insertsLink();
    void completionPicksThePost();
    void siteStyleIsFollowed();
};

namespace {

const QString kLumi = QStringLiteral("{% post_url 2025-03-19-lumi-ai-factories %}");

// The seed site copied, with the post being edited in it; the Site opened on the copy.
struct SiteWindow
{
    QTemporaryDir dir;
    QString path;
    EditSession session;
    Site site;
    MarkdownEditor *editor = nullptr;
    QAction *link = nullptr;
    QWidget host;

    explicit SiteWindow(const QString &body, const QByteArray &extraPost = QByteArray())
    {
        const QString seed = LecternTest::sourcePath(QStringLiteral("examples/site"));
        QDirIterator it(seed, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!file.contains(QLatin1String("/_site/")))
                LecternTest::writeFile(dir.filePath(QDir(seed).relativeFilePath(file)), LecternTest::readAll(file));
        }
        if (!extraPost.isEmpty())
            LecternTest::writeFile(dir.filePath(QStringLiteral("_posts/2024-01-01-older.md")), extraPost);
        path = dir.filePath(QStringLiteral("_posts/2026-01-01-writing.md"));
        LecternTest::writeFile(path, "---\ntitle: Writing\n---\n" + body.toUtf8());
        site.openNow(dir.path());
        session.document()->load(path, nullptr);
        editor = new MarkdownEditor(&session, &host);
        link = LinkDialog::createAction(editor, &site);
        host.resize(700, 400);
        editor->resize(700, 400);
        host.show();
        host.activateWindow();
        editor->setFocus();
    }
    bool ready() { return QTest::qWaitForWindowActive(&host) && QTest::qWaitFor([this] { return !editor->isFilling(); }); }
    QString body() const { return session.document()->body(); }
    void select(int anchor, int position)
    {
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(anchor);
        cursor.setPosition(position, QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
    }
    LinkDialog *dialog() const { return editor->findChild<LinkDialog *>(); }
};

} // namespace

void TestLinkDialog::insertsLink_data()
{
    // BODY marks the selection with « » (or the cursor with |); TARGET is typed into the dialog, TEXT
    // replaces its text field when not null.
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString url = QStringLiteral("https://docs.lumi-supercomputer.eu/");
    QTest::newRow("a typed URL links the selection")
        << QStringLiteral("Read «the docs» now.\n") << url << QString()
        << QStringLiteral("Read [the docs](https://docs.lumi-supercomputer.eu/) now.\n");
    QTest::newRow("no selection: the word at the cursor is the text")
        << QStringLiteral("Visit LU|MI today.\n") << url << QString()
        << QStringLiteral("Visit [LUMI](https://docs.lumi-supercomputer.eu/) today.\n");
    QTest::newRow("no word at the cursor: the dialog's text field")
        << QStringLiteral("See:  | here\n") << url << QStringLiteral("the user guide")
        << QStringLiteral("See:  [the user guide](https://docs.lumi-supercomputer.eu/) here\n");
    QTest::newRow("text changed in the dialog replaces the selection's")
        << QStringLiteral("«this» page\n") << url << QStringLiteral("LUMI's [docs]")
        << QStringLiteral("[LUMI's \\[docs\\]](https://docs.lumi-supercomputer.eu/) page\n");
    QTest::newRow("a post's full file name typed is its post_url")
        << QStringLiteral("As «announced».\n") << QStringLiteral("2025-03-19-lumi-ai-factories.md") << QString()
        << QStringLiteral("As [announced](%1).\n").arg(kLumi);
    QTest::newRow("a post's title typed, nothing to link: the title is the text")
        << QStringLiteral("See | now\n") << QStringLiteral("new gpu cluster \"cedar\" opens to all lab researchers")
        << QString()
        << QStringLiteral("See [New GPU Cluster \"Cedar\" Opens to All Lab Researchers]({% post_url 2025-06-02-new-gpu-cluster %}) now\n");
}

void TestLinkDialog::insertsLink()
{
    QFETCH(QString, body);
    QFETCH(QString, target);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    int anchor = int(body.indexOf(QStringLiteral("«")));
    int position = 0;
    if (anchor >= 0) {
        body.remove(anchor, 1);
        position = int(body.indexOf(QStringLiteral("»")));
        body.remove(position, 1);
    } else {
        anchor = position = int(body.indexOf(QLatin1Char('|')));
        body.remove(anchor, 1);
    }
    SiteWindow w(body);
    QVERIFY(w.ready());
    QCOMPARE(w.body(), body);
    w.select(anchor, position);
    const int steps = w.session.undoStack()->index();
    QTest::keyClick(w.editor, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(w.dialog() && w.dialog()->isVisible());
    LinkDialog *dialog = w.dialog();
    QTest::keyClicks(dialog->targetEdit(), target);
    if (!text.isNull()) {
        dialog->textEdit()->clear();
        QTest::keyClicks(dialog->textEdit(), text);
    }
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(w.body(), expected);
    QCOMPARE(w.editor->toPlainText(), expected);
    QCOMPARE(w.session.undoStack()->index(), steps + 1);   // one step
    w.session.undoStack()->undo();
    QCOMPARE(w.body(), body);
    QCOMPARE(w.editor->toPlainText(), body);
}

void TestLinkDialog::completionPicksThePost()
{
    SiteWindow w(QStringLiteral("Our seminar was recorded.\n"));
    QVERIFY(w.ready());
    w.select(4, 11);
    w.link->trigger();   // Format → Link… does what Ctrl+K does
    QTRY_VERIFY(w.dialog() && w.dialog()->isVisible());
    LinkDialog *dialog = w.dialog();
    QCOMPARE(dialog->textEdit()->text(), QStringLiteral("seminar"));
    // Part of the title, in another case: the completer offers the post; Enter picks it.
    QTest::keyClicks(dialog->targetEdit(), QStringLiteral("ai fact"));
    QAbstractItemView *popup = dialog->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(dialog->completer()->completionCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(dialog->targetEdit()->text(), kLumi);
    QCOMPARE(dialog->textEdit()->text(), QStringLiteral("seminar"));   // the text typed stays
    const int steps = w.session.undoStack()->index();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(w.body(), QStringLiteral("Our [seminar](%1) was recorded.\n").arg(kLumi));
    QCOMPARE(w.session.undoStack()->index(), steps + 1);
    w.session.undoStack()->undo();
    QCOMPARE(w.body(), QStringLiteral("Our seminar was recorded.\n"));

    // Cancel changes nothing.
    w.select(4, 11);
    w.link->trigger();
    QTRY_VERIFY(w.dialog() && w.dialog()->isVisible());
    QTest::keyClicks(w.dialog()->targetEdit(), QStringLiteral("https://example.org/"));
    w.dialog()->reject();
    QCOMPARE(w.body(), QStringLiteral("Our seminar was recorded.\n"));
}

void TestLinkDialog::siteStyleIsFollowed()
{
    // Two baseurl links against none of the others: the site links with {{ site.baseurl }}.
    SiteWindow w(QStringLiteral("«older»\n"),
                 "---\ntitle: Older\n---\n[a]({{ site.baseurl }}/x.html) and [b]({{ site.baseurl }}/y.html)\n");
    QVERIFY(w.ready());
    LinkDialog dialog(&w.site, QString());
    QCOMPARE(int(dialog.style()), int(LinkStyle::Style::Baseurl));
    QVERIFY(dialog.choosePost(w.dir.filePath(QStringLiteral("_posts/2025-03-19-lumi-ai-factories.md"))));
    QCOMPARE(dialog.target(), QStringLiteral("{{ site.baseurl }}/blog/lumi-ai-factories/"));
    QCOMPARE(dialog.linkText(), dialog.textEdit()->text());
    QVERIFY(dialog.linkText().startsWith(QLatin1String("Supporting Research Infrastructure")));
}

QTEST_MAIN(TestLinkDialog)
#include "tst_linkdialog.moc"
