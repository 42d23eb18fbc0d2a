// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatterform.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestFrontMatterForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsSeedPost();
    void editingTitleChangesOnlyTitleLine();
    void typingInEditorChangesOnlyBody();
};

namespace {
QString seedCopy(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("2025-03-19-lumi-ai-factories.md"));
    QFile::copy(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md")), path);
    return path;
}
} // namespace

void TestFrontMatterForm::showsSeedPost()
{
    QTemporaryDir dir;
    PostDocument doc;
    QString error;
    QVERIFY2(doc.load(seedCopy(dir), &error), qPrintable(error));
    FrontMatterForm form(&doc);
    QVERIFY(form.titleEdit()->text().startsWith(QStringLiteral("Supporting Research Infrastructure")));
    QCOMPARE(form.dateEdit()->text(), QStringLiteral("19 March 2025"));
    QVERIFY(!form.otherKeys()->findItems(QStringLiteral("layout: post"), Qt::MatchExactly).isEmpty());
}

void TestFrontMatterForm::editingTitleChangesOnlyTitleLine()
{
    QTemporaryDir dir;
    const QString path = seedCopy(dir);
    const QByteArray original = LecternTest::readAll(path);
    PostDocument doc;
    QString error;
    QVERIFY(doc.load(path, &error));
    FrontMatterForm form(&doc);
    form.show();
    form.titleEdit()->selectAll();
    QTest::keyClicks(form.titleEdit(), QStringLiteral("LUMI: AI for science"));
    QTest::keyClick(form.titleEdit(), Qt::Key_Return);
    QVERIFY(doc.isModified());
    QVERIFY(doc.save(&error));
    const QByteArray saved = LecternTest::readAll(path);
    QList<QByteArray> before = original.split('\n');
    QList<QByteArray> after = saved.split('\n');
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.at(1), QByteArray("title: \"LUMI: AI for science\""));
    before.removeAt(1);
    after.removeAt(1);
    QCOMPARE(after, before);
}

void TestFrontMatterForm::typingInEditorChangesOnlyBody()
{
    QTemporaryDir dir;
    const QString path = seedCopy(dir);
    const QByteArray original = LecternTest::readAll(path);
    PostDocument doc;
    QString error;
    QVERIFY(doc.load(path, &error));
    MarkdownEditor editor(&doc);
    editor.show();
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral("Thanks!"));
    QVERIFY(doc.save(&error));
    QCOMPARE(LecternTest::readAll(path), original + "Thanks!");
}

QTEST_MAIN(TestFrontMatterForm)
#include "tst_frontmatterform.moc"
