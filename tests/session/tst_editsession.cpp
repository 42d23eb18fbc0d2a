// SPDX-License-Identifier: GPL-3.0-or-later
// The edit session: every edit a command on one stack, keystrokes merged inside the command, the
// saved state a position on the stack, and undo giving back the exact bytes.
#include "editcommand.h"
#include "editsession.h"
#include "postdocument.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Lectern;

class TestEditSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingInAFieldIsOneStep_data();
    void typingInAFieldIsOneStep();
    void savedStateIsAStackIndex();
    void recoveredTextHasNoSavedIndex();
    void changeBehindTheStackDropsTheHistory();
    void failedEditRecordsNothing();
    void bodyAndFrontMatterShareTheStack();
};

namespace {

struct Loaded
{
    QTemporaryDir dir;
    QString path;
    EditSession session;
    PostDocument *doc = session.document();
    bool ok = false;

    explicit Loaded(const QByteArray &bytes)
    {
        path = dir.filePath(QStringLiteral("2024-01-01-post.md"));
        QFile f(path);
        ok = f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        f.close();
        QString error;
        ok = ok && doc->load(path, &error);
    }
    bool pushScalar(const QString &key, const QString &value, QString *error = nullptr)
    {
        return session.push(FrontMatterCommand::setScalar(&session, key, value, QStringLiteral("Edit")), error);
    }
};

} // namespace

void TestEditSession::typingInAFieldIsOneStep_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QStringList>("keystrokes");   // the field's text after each keystroke
    QTest::addColumn<QByteArray>("expected");
    const QByteArray head("---\nlayout: post\n");
    const QByteArray tail("date: 2024-01-01\n---\nBody.\n");
    QTest::newRow("plain title: typed on, stays plain")
        << head + "title: A\n" + tail << QStringList{QStringLiteral("A b"), QStringLiteral("A bc")}
        << head + "title: A bc\n" + tail;
    QStringList url;
    for (const QString &typed = QStringLiteral("https://x.org"); url.size() < typed.size();)
        url << typed.left(url.size() + 1);
    QTest::newRow("url: the quote 'https:' needs does not stick to the finished value")
        << head + "link: old   # where\n" + tail << url << head + "link: https://x.org   # where\n" + tail;
    QTest::newRow("cleared and retyped: no '' left behind")
        << head + "title: Old\n" + tail
        << QStringList{QString(), QStringLiteral("N"), QStringLiteral("Ne"), QStringLiteral("New")}
        << head + "title: New\n" + tail;
    QTest::newRow("double-quoted title: stays double-quoted")
        << head + "title: \"A\"\n" + tail << QStringList{QStringLiteral("AB"), QStringLiteral("ABC")}
        << head + "title: \"ABC\"\n" + tail;
    QTest::newRow("new key: added once, at the end, written as typed")
        << head + tail << QStringList{QStringLiteral("A"), QStringLiteral("Ad"), QStringLiteral("Ada")}
        << head + "date: 2024-01-01\nauthor: Ada\n---\nBody.\n";
}

void TestEditSession::typingInAFieldIsOneStep()
{
    QFETCH(QByteArray, original);
    QFETCH(QStringList, keystrokes);
    QFETCH(QByteArray, expected);
    Loaded post(original);
    QVERIFY(post.ok);
    const QString key = expected.contains("link:") ? QStringLiteral("link")
                        : expected.contains("author:") ? QStringLiteral("author") : QStringLiteral("title");
    QSignalSpy changes(post.doc, &PostDocument::frontMatterChanged);
    for (const QString &value : std::as_const(keystrokes)) {
        const qsizetype before = changes.size();
        QVERIFY(post.pushScalar(key, value));
        QCOMPARE(changes.size(), before + 1);   // one keystroke, one change of the document
        QCOMPARE(post.doc->post().frontMatter().scalar(key), value);
    }
    QCOMPARE(post.doc->post().toBytes(), expected);
    QCOMPARE(post.session.undoStack()->count(), 1);
    QVERIFY(post.session.isModified());
    post.session.undoStack()->undo();
    QCOMPARE(post.doc->post().toBytes(), original);
    QVERIFY(!post.session.isModified());
    post.session.undoStack()->redo();
    QCOMPARE(post.doc->post().toBytes(), expected);
    QString error;
    QVERIFY2(post.doc->save(&error), qPrintable(error));
    QCOMPARE(LecternTest::readAll(post.path), expected);
}

void TestEditSession::savedStateIsAStackIndex()
{
    Loaded post("---\ntitle: A\n---\nBody.\n");
    QVERIFY(post.ok);
    QUndoStack *stack = post.session.undoStack();
    QSignalSpy modified(post.doc, &PostDocument::modifiedChanged);
    QVERIFY(post.pushScalar(QStringLiteral("title"), QStringLiteral("AB")));
    QVERIFY(post.session.isModified());
    QString error;
    QVERIFY(post.doc->save(&error));
    QVERIFY(!post.session.isModified());
    QCOMPARE(stack->cleanIndex(), 1);
    // Typing on after a save starts a step of its own: undo comes back to the saved text.
    QVERIFY(post.pushScalar(QStringLiteral("title"), QStringLiteral("ABC")));
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QVERIFY(!post.session.isModified());
    QCOMPARE(post.doc->post().frontMatter().scalar(QStringLiteral("title")), QStringLiteral("AB"));
    stack->undo();
    QVERIFY(post.session.isModified());   // past the saved state: a change again
    stack->redo();
    QVERIFY(!post.session.isModified());
    QCOMPARE(post.doc->post().toBytes(), LecternTest::readAll(post.path));
    // Each crossing of the saved state said so once: modified, saved, modified, saved, modified, saved.
    QCOMPARE(modified.size(), 6);
}

void TestEditSession::recoveredTextHasNoSavedIndex()
{
    Loaded post("---\ntitle: A\n---\nBody.\n");
    QVERIFY(post.ok);
    post.doc->restore(post.path, "---\ntitle: Typed before the crash\n---\nBody.\n", post.doc->diskHash());
    QVERIFY(post.session.isModified());
    QVERIFY(!post.session.undoStack()->canUndo());
    QVERIFY(post.pushScalar(QStringLiteral("title"), QStringLiteral("More")));
    post.session.undoStack()->undo();
    // Back to the recovered text, which is not what the file holds: still unsaved.
    QCOMPARE(post.doc->post().frontMatter().scalar(QStringLiteral("title")), QStringLiteral("Typed before the crash"));
    QVERIFY(post.session.isModified());
}

void TestEditSession::changeBehindTheStackDropsTheHistory()
{
    // Undo would put back bytes from before a change it never recorded: the history goes instead.
    Loaded post("---\ntitle: A\ndate: 2024-01-01\n---\nBody.\n");
    QVERIFY(post.ok);
    QVERIFY(post.pushScalar(QStringLiteral("title"), QStringLiteral("B")));
    QVERIFY(post.doc->setScalar(QStringLiteral("date"), QStringLiteral("2025-02-02")));
    QVERIFY(!post.session.undoStack()->canUndo());
    QVERIFY(post.session.isModified());
    QCOMPARE(post.doc->post().frontMatter().scalar(QStringLiteral("date")), QStringLiteral("2025-02-02"));
    QString error;
    QVERIFY(post.doc->save(&error));
    QVERIFY(!post.session.isModified());
}

void TestEditSession::failedEditRecordsNothing()
{
    const QByteArray broken("---\ntitle: \"Still broken\nplace: here\n---\nBody.\n");
    Loaded post(broken);
    QVERIFY(post.ok);
    QVERIFY(post.doc->post().isReadOnly());
    QString error;
    QVERIFY(!post.pushScalar(QStringLiteral("place"), QStringLiteral("there"), &error));
    QVERIFY2(!error.isEmpty(), "a failed edit says why");
    QCOMPARE(post.session.undoStack()->count(), 0);
    QVERIFY(!post.session.isModified());
    QCOMPARE(post.doc->post().toBytes(), broken);
    // The raw text is the way to edit it, parsing or not.
    QVERIFY(post.session.push(FrontMatterCommand::setText(&post.session, "title: \"Still broken\nplace: here # note\n",
                                                          QStringLiteral("Edit YAML"))));
    QVERIFY(post.session.isModified());
    QVERIFY(post.doc->post().isReadOnly());
    post.session.undoStack()->undo();
    QCOMPARE(post.doc->post().toBytes(), broken);
    QVERIFY(!post.session.isModified());
}

void TestEditSession::bodyAndFrontMatterShareTheStack()
{
    Loaded post("---\ntitle: A\n---\nHello\n");
    QVERIFY(post.ok);
    QSignalSpy edited(post.doc, &PostDocument::bodyEdited);
    for (int i = 0; i < 3; ++i)
        QVERIFY(post.session.push(new BodyCommand(&post.session, 6 + i, QString(), QStringLiteral("!"))));
    QCOMPARE(edited.size(), 3);   // one change per keystroke
    QVERIFY(post.pushScalar(QStringLiteral("title"), QStringLiteral("B")));
    QVERIFY(post.session.push(new BodyCommand(&post.session, 0, QStringLiteral("H"), QStringLiteral("J"))));
    QCOMPARE(post.session.undoStack()->count(), 3);
    QCOMPARE(post.doc->post().toBytes(), QByteArray("---\ntitle: B\n---\nJello\n!!!"));
    // The range an edit claims to replace must be there, or nothing happens.
    QString error;
    QVERIFY(!post.session.push(new BodyCommand(&post.session, 0, QStringLiteral("X"), QStringLiteral("Y")), &error));
    QCOMPARE(post.session.undoStack()->count(), 3);
    while (post.session.undoStack()->canUndo())
        post.session.undoStack()->undo();
    QCOMPARE(post.doc->post().toBytes(), QByteArray("---\ntitle: A\n---\nHello\n"));
    QVERIFY(!post.session.isModified());
}

QTEST_GUILESS_MAIN(TestEditSession)
#include "tst_editsession.moc"
