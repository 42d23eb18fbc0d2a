// SPDX-License-Identifier: GPL-3.0-or-later
// One undo for the whole post: form fields, the body editor and the "modified" mark agree.
#include "basicfieldeditors.h"
#include "editsession.h"
#include "formfixture.h"
#include "listfieldeditor.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QUndoStack>

using namespace Lectern;
using namespace FormFixture;

class TestFormUndo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoCoversFormAndBody();
    void ctrlZInBodyUndoesFormEdit();
    void ctrlZInTitleFieldUndoesTheDocument();
    void undoBackToSavedTextIsUnmodified();
    void titleKeystrokeIsOneChangeAndOneCheck();
    void eachListEditIsItsOwnStep_data();
    void eachListEditIsItsOwnStep();
    void typingRunStaysInItsField();
};

void TestFormUndo::undoCoversFormAndBody()
{
    QTemporaryDir dir;
    const QString path = seedPost(dir);
    const QByteArray original = LecternTest::readAll(path);
    EditSession session;
    PostDocument &doc = *session.document();
    QString error;
    QVERIFY(doc.load(path, &error));
    FrontMatterForm form(&session);
    MarkdownEditor editor(&session);
    form.show();
    QLineEdit *title = form.titleEdit();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Short title"));
    QTest::keyClick(title, Qt::Key_Return);
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral("Thanks!"));
    QCOMPARE(session.undoStack()->count(), 2);
    session.undoStack()->undo();
    QCOMPARE(editor.toPlainText(), doc.body());
    QVERIFY(!doc.body().endsWith(QStringLiteral("Thanks!")));
    QCOMPARE(doc.post().frontMatter().scalar(QStringLiteral("title")), QStringLiteral("Short title"));
    session.undoStack()->undo();
    QCOMPARE(form.titleEdit()->text().left(10), QStringLiteral("Supporting"));
    QVERIFY(doc.save(&error));
    QCOMPARE(LecternTest::readAll(path), original);
    session.undoStack()->redo();
    session.undoStack()->redo();
    QVERIFY(doc.body().endsWith(QStringLiteral("Thanks!")));
    QCOMPARE(form.titleEdit()->text(), QStringLiteral("Short title"));
}

void TestFormUndo::ctrlZInBodyUndoesFormEdit()
{
    SeedEditors s;
    QVERIFY2(s.seed.loaded, qPrintable(s.seed.error));
    PostDocument &doc = s.seed.doc;
    FrontMatterForm &form = s.form;
    MarkdownEditor &editor = s.editor;
    editorOf<ListFieldEditor>(form, QStringLiteral("categories"))->addItem(QStringLiteral("ai"));
    QCOMPARE(doc.post().frontMatter().stringList(QStringLiteral("categories")).size(), 2);
    QTest::keyClick(&editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc.post().frontMatter().stringList(QStringLiteral("categories")), QStringList(QStringLiteral("seminar")));
    QCOMPARE(doc.post().toBytes(), LecternTest::readAll(s.seed.path));
}

void TestFormUndo::ctrlZInTitleFieldUndoesTheDocument()
{
    // The field's own undo would leave the document (and so Save) with the text the user just undid.
    SeedDocument seed;
    QVERIFY2(seed.loaded, qPrintable(seed.error));
    PostDocument &doc = seed.doc;
    FrontMatterForm form(&seed.session);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QLineEdit *title = form.titleEdit();
    const QString original = title->text();
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" (online)"));
    QCOMPARE(doc.post().frontMatter().scalar(QStringLiteral("title")), original + QStringLiteral(" (online)"));
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc.post().frontMatter().scalar(QStringLiteral("title")), original);
    QCOMPARE(title->text(), original);
    QCOMPARE(doc.post().toBytes(), LecternTest::readAll(seed.path));
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc.post().frontMatter().scalar(QStringLiteral("title")), original + QStringLiteral(" (online)"));
    QCOMPARE(title->text(), original + QStringLiteral(" (online)"));
}

void TestFormUndo::undoBackToSavedTextIsUnmodified()
{
    // The title bar's "unsaved" mark goes when undo reaches what is on disk, and comes back past it.
    SeedEditors s;
    QVERIFY2(s.seed.loaded, qPrintable(s.seed.error));
    PostDocument &doc = s.seed.doc;
    MarkdownEditor &editor = s.editor;
    QTextCursor cursor(editor.document());
    cursor.movePosition(QTextCursor::End);
    editor.setTextCursor(cursor);
    QTest::keyClicks(&editor, QStringLiteral("More."));
    QVERIFY(doc.isModified());
    s.seed.session.undoStack()->undo();
    QVERIFY(!doc.isModified());
    s.seed.session.undoStack()->redo();
    QVERIFY(doc.isModified());
    // After a save, the saved state is the new text: undoing past it is a change again.
    QString error;
    QVERIFY2(doc.save(&error), qPrintable(error));
    QVERIFY(!doc.isModified());
    s.seed.session.undoStack()->undo();
    QVERIFY(doc.isModified());
    s.seed.session.undoStack()->redo();
    QVERIFY(!doc.isModified());
}

void TestFormUndo::titleKeystrokeIsOneChangeAndOneCheck()
{
    // Each keystroke: one write into the post, one frontMatterChanged (the preview renders once), one
    // check against the schema. Nothing is rewound to merge the run: the command does it.
    SeedEditors s;
    QVERIFY2(s.seed.loaded, qPrintable(s.seed.error));
    PostDocument &doc = s.seed.doc;
    const QByteArray original = LecternTest::readAll(s.seed.path);
    s.form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.form));
    QLineEdit *title = s.form.titleEdit();
    const QString before = title->text();
    title->setFocus();
    title->end(false);
    QSignalSpy changes(&doc, &PostDocument::frontMatterChanged);
    QSignalSpy checks(&s.form, &FrontMatterForm::problemsChecked);
    QSignalSpy bodies(&doc, &PostDocument::bodyChanged);
    const QString typed = QStringLiteral("abc");
    for (qsizetype i = 0; i < typed.size(); ++i) {
        QTest::keyClicks(title, typed.mid(i, 1));
        QCOMPARE(changes.size(), i + 1);
        QCOMPARE(checks.size(), i + 1);
        QCOMPARE(changes.last().first().toString(), QStringLiteral("title"));
        QCOMPARE(doc.post().frontMatter().scalar(QStringLiteral("title")), before + typed.left(i + 1));
    }
    QCOMPARE(bodies.size(), 0);
    QCOMPARE(s.seed.session.undoStack()->count(), 1);
    s.seed.session.undoStack()->undo();
    QCOMPARE(doc.post().frontMatter().scalar(QStringLiteral("title")), before);
    QCOMPARE(title->text(), before);
    QVERIFY(!doc.isModified());
    QString error;
    QVERIFY2(doc.save(&error), qPrintable(error));
    QCOMPARE(LecternTest::readAll(s.seed.path), original);
}

void TestFormUndo::eachListEditIsItsOwnStep_data()
{
    QTest::addColumn<bool>("removeFirst");
    QTest::newRow("two categories typed and added in a row: two undo steps") << false;
    QTest::newRow("a category removed, then one typed and added at once: two undo steps") << true;
}

void TestFormUndo::eachListEditIsItsOwnStep()
{
    // Issue 16 leftover: adding a category right after another edit of the list merged with it, so
    // one Ctrl+Z took back both.
    QFETCH(bool, removeFirst);
    SeedEditors s;
    QVERIFY2(s.seed.loaded, qPrintable(s.seed.error));
    PostDocument &doc = s.seed.doc;
    s.form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.form));
    auto *categories = editorOf<ListFieldEditor>(s.form, QStringLiteral("categories"));
    QVERIFY(categories);
    const QString key = QStringLiteral("categories");
    QStringList first;
    if (removeFirst) {
        categories->listWidget()->setCurrentRow(0);
        categories->removeCurrent();
    } else {
        categories->addEdit()->setFocus();
        QTest::keyClicks(categories->addEdit(), QStringLiteral("ai"));
        QTest::keyClick(categories->addEdit(), Qt::Key_Return);
        first = QStringList{QStringLiteral("seminar"), QStringLiteral("ai")};
    }
    QCOMPARE(doc.post().frontMatter().stringList(key), first);
    categories->addEdit()->setFocus();
    QTest::keyClicks(categories->addEdit(), QStringLiteral("hpc"));
    QTest::keyClick(categories->addEdit(), Qt::Key_Return);
    QCOMPARE(doc.post().frontMatter().stringList(key), first + QStringList{QStringLiteral("hpc")});
    QCOMPARE(s.seed.session.undoStack()->count(), 2);
    s.seed.session.undoStack()->undo();
    QCOMPARE(doc.post().frontMatter().stringList(key), first);
    s.seed.session.undoStack()->undo();
    QCOMPARE(doc.post().toBytes(), LecternTest::readAll(s.seed.path));
}

void TestFormUndo::typingRunStaysInItsField()
{
    // A burst of typing is one step per field: title, then description, then the title again are
    // three steps, however quick.
    SeedEditors s;
    QVERIFY2(s.seed.loaded, qPrintable(s.seed.error));
    PostDocument &doc = s.seed.doc;
    s.form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s.form));
    QLineEdit *title = s.form.titleEdit();
    auto *description = s.form.editor(QStringLiteral("description"));
    QVERIFY(description);
    const QString before = title->text();
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" A"));
    description->focusTarget()->setFocus();
    QTest::keyClicks(description->focusTarget(), QStringLiteral("B"));
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral("C"));
    QCOMPARE(doc.post().frontMatter().scalar(QStringLiteral("title")), before + QStringLiteral(" AC"));
    QCOMPARE(s.seed.session.undoStack()->count(), 3);
    s.seed.session.undoStack()->undo();
    QCOMPARE(doc.post().frontMatter().scalar(QStringLiteral("title")), before + QStringLiteral(" A"));
}

QTEST_MAIN(TestFormUndo)
#include "tst_formundo.moc"
