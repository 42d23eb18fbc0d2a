// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: an image pasted or dropped into the body goes into the site's image folder, named after
// the post, scaled to the site's max width, and is linked in the site's style as one undo step.
#include "editsession.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "site.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Lectern;

namespace {

// A site like the sample one: baseurl /lab, an older post whose image is in images/news/ and whose
// body links it with {{ site.baseurl }}, and the post being edited (no image of its own).
struct SiteFixture
{
    explicit SiteFixture(const QByteArray &lecternYml = QByteArray())
    {
        root = dir.filePath(QStringLiteral("site"));
        LecternTest::writeFile(root + QStringLiteral("/_config.yml"), "title: Lab\nbaseurl: /lab\n");
        if (!lecternYml.isEmpty())
            LecternTest::writeFile(root + QStringLiteral("/.lectern.yml"), lecternYml);
        LecternTest::writeFile(root + QStringLiteral("/_posts/2025-01-01-old-news.md"),
                               "---\ntitle: Old\nimage: /images/news/old.jpg\n---\n"
                               "![The old building]({{ site.baseurl }}/images/news/old.jpg)\n");
        QDir().mkpath(root + QStringLiteral("/images/news"));
        QDir().mkpath(root + QStringLiteral("/assets/images"));
        post = root + QStringLiteral("/_posts/2025-02-03-my-talk.md");
        LecternTest::writeFile(post, "---\ntitle: My talk\n---\nIntro\n");
        site.openNow(root);
        QString error;
        loaded = session.document()->load(post, &error);
        editor = std::make_unique<MarkdownEditor>(&session);
        editor->setSite(&site);
        editor->setAltTextPrompt([this](const QString &suggested) -> std::optional<QString> {
            asked << suggested;
            return answer;
        });
        editor->resize(600, 400);
        editor->show();
        editor->moveCursor(QTextCursor::End);
    }

    QString news(const QString &name) const { return root + QStringLiteral("/images/news/") + name; }
    QStringList newsFiles() const
    {
        return QDir(root + QStringLiteral("/images/news")).entryList(QDir::Files, QDir::Name);
    }

    QTemporaryDir dir;
    QString root;
    QString post;
    Site site;
    EditSession session;
    bool loaded = false;
    std::unique_ptr<MarkdownEditor> editor;
    QStringList asked;
    std::optional<QString> answer = QStringLiteral("A chart");
};

QImage picture(int width, int height, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(width, height, format);
    image.fill(Qt::darkCyan);
    return image;
}

void paste(MarkdownEditor *editor, QMimeData *data)
{
    QApplication::clipboard()->setMimeData(data);   // the clipboard owns it
    editor->paste();
}

// Drags DATA over the editor and drops it at the end of the text, as a file manager does; whether
// the editor took the drag.
bool drop(MarkdownEditor *editor, const QMimeData *data)
{
    QWidget *viewport = editor->viewport();
    QTextCursor end(editor->document());
    end.movePosition(QTextCursor::End);
    const QPoint at = editor->cursorRect(end).center();
    QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent dropEvent(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropEvent);
    return dropEvent.isAccepted();
}

} // namespace

class TestImagePaste final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pastedImageGoesIntoTheSiteAsOneUndoStep();
    void droppedFileKeepsItsFormat_data();
    void droppedFileKeepsItsFormat();
    void nameTakenGetsANumber();
    void maxWidthFromLecternYml_data();
    void maxWidthFromLecternYml();
    void cancelWritesNothing();
    void folderOutsideTheSiteIsRefused();
    void failureSaysWhatAndWhere_data();
    void failureSaysWhatAndWhere();
    void textPasteIsUnchanged();
};

void TestImagePaste::pastedImageGoesIntoTheSiteAsOneUndoStep()
{
    SiteFixture f;
    QVERIFY(f.loaded);
    const int steps = f.session.undoStack()->count();
    auto *data = new QMimeData;
    data->setImageData(picture(2400, 1200));
    QSignalSpy inserted(f.editor.get(), &MarkdownEditor::imageInserted);
    paste(f.editor.get(), data);

    QCOMPARE(f.asked, QStringList{QString()});   // asked once, nothing to suggest for a clipboard image
    QCOMPARE(inserted.count(), 1);
    // The folder the site's posts use, the post's slug, PNG, scaled to 1600 wide with its aspect.
    QCOMPARE(f.newsFiles(), QStringList{QStringLiteral("my-talk.png")});
    const QImage written(f.news(QStringLiteral("my-talk.png")));
    QCOMPARE(written.size(), QSize(1600, 800));
    QCOMPARE(LecternTest::readAll(f.news(QStringLiteral("my-talk.png"))).left(8), QByteArray("\x89PNG\r\n\x1a\n"));
    // Linked as the site's posts link images, at the cursor.
    QCOMPARE(f.session.document()->body(),
             QStringLiteral("Intro\n![A chart]({{ site.baseurl }}/images/news/my-talk.png)"));
    QCOMPARE(f.editor->toPlainText(), f.session.document()->body());
    // One undo step takes the link out (the file stays: undo never deletes a user's file).
    QCOMPARE(f.session.undoStack()->count(), steps + 1);
    f.session.undoStack()->undo();
    QCOMPARE(f.session.document()->body(), QStringLiteral("Intro\n"));
    QCOMPARE(f.editor->toPlainText(), QStringLiteral("Intro\n"));
}

void TestImagePaste::droppedFileKeepsItsFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");   // empty: a 640x480 JPEG
    QTest::addColumn<QString>("stored");
    QTest::newRow("JPEG narrower than the maximum: copied byte for byte")
        << QStringLiteral("group_photo-2025.jpg") << QByteArray() << QStringLiteral("my-talk.jpg");
    QTest::newRow("SVG: copied as it is") << QStringLiteral("group-photo 2025.svg")
                                          << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4000\" height=\"10\"/>")
                                          << QStringLiteral("my-talk.svg");
    QTest::newRow("GIF: copied as it is (animation kept)")
        << QStringLiteral("group_photo_2025.GIF")
        << QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7") << QStringLiteral("my-talk.gif");
}

void TestImagePaste::droppedFileKeepsItsFormat()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, stored);
    SiteFixture f;
    QVERIFY(f.loaded);
    const QString source = f.dir.filePath(QStringLiteral("Downloads/") + fileName);
    QDir().mkpath(QFileInfo(source).absolutePath());
    if (bytes.isEmpty())
        QVERIFY(picture(640, 480).save(source, "JPEG"));
    else
        LecternTest::writeFile(source, bytes);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(source)});
    QVERIFY(drop(f.editor.get(), &data));

    QCOMPARE(f.asked, QStringList{QStringLiteral("group photo 2025")});   // prefilled from the file name
    QCOMPARE(f.newsFiles(), QStringList{stored});
    QCOMPARE(LecternTest::readAll(f.news(stored)), LecternTest::readAll(source));
    QCOMPARE(f.session.document()->body(),
             QStringLiteral("Intro\n![A chart]({{ site.baseurl }}/images/news/") + stored + QLatin1Char(')'));
}

void TestImagePaste::nameTakenGetsANumber()
{
    SiteFixture f;
    QVERIFY(f.loaded);
    LecternTest::writeFile(f.news(QStringLiteral("my-talk.png")), "not to be touched");
    auto *data = new QMimeData;
    data->setImageData(picture(200, 100));
    paste(f.editor.get(), data);
    QCOMPARE(f.newsFiles(), (QStringList{QStringLiteral("my-talk-2.png"), QStringLiteral("my-talk.png")}));
    QCOMPARE(LecternTest::readAll(f.news(QStringLiteral("my-talk.png"))), QByteArray("not to be touched"));
    QCOMPARE(QImage(f.news(QStringLiteral("my-talk-2.png"))).size(), QSize(200, 100));   // never upscaled
    QVERIFY(f.session.document()->body().endsWith(QLatin1String("/images/news/my-talk-2.png)")));
}

void TestImagePaste::maxWidthFromLecternYml_data()
{
    QTest::addColumn<bool>("dropFile");
    QTest::addColumn<QString>("name");
    QTest::newRow("clipboard image, written as PNG") << false << QStringLiteral("my-talk.png");
    QTest::newRow("dropped JPEG, scaled and kept JPEG") << true << QStringLiteral("my-talk.jpg");
}

void TestImagePaste::maxWidthFromLecternYml()
{
    QFETCH(bool, dropFile);
    QFETCH(QString, name);
    SiteFixture f("images:\n  max_width: 300\n");
    QVERIFY(f.loaded);
    if (dropFile) {
        const QString source = f.dir.filePath(QStringLiteral("wide.jpg"));
        QVERIFY(picture(1000, 500).save(source, "JPEG"));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(source)});
        QVERIFY(drop(f.editor.get(), &data));
    } else {
        auto *data = new QMimeData;
        data->setImageData(picture(1000, 500));
        paste(f.editor.get(), data);
    }
    QCOMPARE(f.newsFiles(), QStringList{name});
    QImageReader reader(f.news(name));
    QCOMPARE(reader.format(), dropFile ? QByteArray("jpeg") : QByteArray("png"));
    QCOMPARE(reader.size(), QSize(300, 150));
}

void TestImagePaste::cancelWritesNothing()
{
    SiteFixture f;
    QVERIFY(f.loaded);
    f.answer = std::nullopt;
    const int steps = f.session.undoStack()->count();
    auto *data = new QMimeData;
    data->setImageData(picture(200, 100));
    paste(f.editor.get(), data);
    QCOMPARE(f.asked.size(), 1);
    QCOMPARE(f.newsFiles(), QStringList());
    QCOMPARE(f.session.document()->body(), QStringLiteral("Intro\n"));
    QCOMPARE(f.session.undoStack()->count(), steps);
}

void TestImagePaste::folderOutsideTheSiteIsRefused()
{
    SiteFixture f("images:\n  folder: ../outside\n");
    QVERIFY(f.loaded);
    QSignalSpy failed(f.editor.get(), &MarkdownEditor::imageFailed);
    auto *data = new QMimeData;
    data->setImageData(picture(200, 100));
    paste(f.editor.get(), data);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QLatin1String("../outside")) && message.contains(QLatin1String("outside the site")),
             qPrintable(message));
    QVERIFY(!QFileInfo::exists(f.dir.filePath(QStringLiteral("outside"))));
    QCOMPARE(f.session.document()->body(), QStringLiteral("Intro\n"));
}

void TestImagePaste::failureSaysWhatAndWhere_data()
{
    QTest::addColumn<bool>("brokenFile");     // drop a .png that is no image
    QTest::addColumn<bool>("folderIsAFile");  // images/news is a file, so no folder can be made there
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("where");
    QTest::newRow("unreadable image file") << true << false << QStringLiteral("Cannot read the image")
                                           << QStringLiteral("broken.png");
    QTest::newRow("image folder cannot be made") << false << true << QStringLiteral("Cannot create the image folder")
                                                 << QStringLiteral("images/news");
}

void TestImagePaste::failureSaysWhatAndWhere()
{
    QFETCH(bool, brokenFile);
    QFETCH(bool, folderIsAFile);
    QFETCH(QString, what);
    QFETCH(QString, where);
    SiteFixture f;
    QVERIFY(f.loaded);
    if (folderIsAFile) {
        QVERIFY(QDir(f.root + QStringLiteral("/images/news")).removeRecursively());
        LecternTest::writeFile(f.root + QStringLiteral("/images/news"), "a file where the folder should be");
    }
    QSignalSpy failed(f.editor.get(), &MarkdownEditor::imageFailed);
    if (brokenFile) {
        const QString source = f.dir.filePath(QStringLiteral("broken.png"));
        LecternTest::writeFile(source, "no PNG at all");
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(source)});
        QVERIFY(drop(f.editor.get(), &data));
    } else {
        auto *data = new QMimeData;
        data->setImageData(picture(200, 100));
        paste(f.editor.get(), data);
    }
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(what) && message.contains(where), qPrintable(message));
    QCOMPARE(f.session.document()->body(), QStringLiteral("Intro\n"));
    if (!folderIsAFile)
        QCOMPARE(f.newsFiles(), QStringList());
}

void TestImagePaste::textPasteIsUnchanged()
{
    SiteFixture f;
    QVERIFY(f.loaded);
    auto *data = new QMimeData;
    data->setText(QStringLiteral("plain words"));
    paste(f.editor.get(), data);
    QVERIFY(f.asked.isEmpty());
    QCOMPARE(f.session.document()->body(), QStringLiteral("Intro\nplain words"));
    // Text copied from a spreadsheet comes with a picture of the cells: still a text paste.
    auto *cells = new QMimeData;
    cells->setText(QStringLiteral(" and cells"));
    cells->setImageData(picture(300, 40));
    paste(f.editor.get(), cells);
    QVERIFY(f.asked.isEmpty());
    QCOMPARE(f.session.document()->body(), QStringLiteral("Intro\nplain words and cells"));
    // A dropped file that is no image goes in as its URL, as before (QMimeData reads URLs as text).
    QMimeData file;
    file.setUrls({QUrl::fromLocalFile(f.post)});
    QVERIFY(drop(f.editor.get(), &file));
    QVERIFY(f.asked.isEmpty());
    QCOMPARE(f.session.document()->body(),
             QStringLiteral("Intro\nplain words and cells") + QUrl::fromLocalFile(f.post).toString());
    QCOMPARE(f.newsFiles(), QStringList());
}

QTEST_MAIN(TestImagePaste)
#include "tst_imagepaste.moc"
