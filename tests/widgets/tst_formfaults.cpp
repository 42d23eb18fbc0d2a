// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: kinds of fault found in real use, through the real form: front matter Jekyll refuses, shown
// at its field; duplicate list entries; an empty image field without its picker.
#include "basicfieldeditors.h"
#include "datefieldeditor.h"
#include "editsession.h"
#include "formfixture.h"
#include "formscrollarea.h"
#include "frontmatterform.h"
#include "imagefieldeditor.h"
#include "listfieldeditor.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "rawyamlview.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
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
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>
#include <QUndoStack>

using namespace Lectern;

class TestFormFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jekyllRefusalShownAtField_data();
    void jekyllRefusalShownAtField();
    void duplicateCategories_data();
    void duplicateCategories();
    void emptyImageFieldHasPicker_data();
    void emptyImageFieldHasPicker();
};

namespace {

using namespace FormFixture;

} // namespace

void TestFormFaults::jekyllRefusalShownAtField_data()
{
    QTest::addColumn<QByteArray>("frontMatter");
    QTest::addColumn<QString>("key");
    QTest::newRow("Jekyll refuses: a symbol title, shown at Title") << QByteArray("title: :P a lighthearted talk\n")
                                                                    << QStringLiteral("title");
    QTest::newRow("Jekyll refuses: a symbol list item, shown at Tags")
        << QByteArray("title: T\ntags:\n  - ok\n  - :b\n") << QStringLiteral("tags");
}

// Issue 15: the form shows, at the field, what `lectern-cli check` reports with line:col.
void TestFormFaults::jekyllRefusalShownAtField()
{
    QFETCH(QByteArray, frontMatter);
    QFETCH(QString, key);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    LecternTest::writeFile(path, "---\n" + frontMatter + "---\nBody\n");
    EditSession session;
    PostDocument &doc = *session.document();
    QString error;
    QVERIFY(doc.load(path, &error));
    FrontMatterForm form(&session);
    form.show();
    QLabel *label = form.problemLabel(key);
    QVERIFY(label);
    QVERIFY2(label->text().contains(QLatin1String("Jekyll")), qPrintable(label->text()));
    QVERIFY(label->isVisible());
}

// Issue 15, kind "duplicate categories": a list gains an entry once, however it is entered, and a
// picked completion leaves the field empty. Same string, same entry; Jekyll 4.3 compares entries
// case-sensitively (Document#populate_categories: uniq!), so another case is another category.
enum class ListEntry { CompletedByKeyboard, CompletedByMouse, TypedAgain, PastedWithSpaces, OtherCase };

void TestFormFaults::duplicateCategories_data()
{
    QTest::addColumn<ListEntry>("how");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("expected");
    const QStringList withNews = {QStringLiteral("seminar"), QStringLiteral("news")};
    QTest::newRow("duplicate categories: ne, Down, Enter adds news once and empties the field; Enter again adds nothing")
        << ListEntry::CompletedByKeyboard << QStringLiteral("categories") << withNews;
    QTest::newRow("duplicate categories: a completion clicked adds it once and empties the field")
        << ListEntry::CompletedByMouse << QStringLiteral("categories") << withNews;
    QTest::newRow("duplicate categories: typing an entry already there adds no copy")
        << ListEntry::TypedAgain << QStringLiteral("categories") << QStringList{QStringLiteral("seminar")};
    QTest::newRow("duplicate categories: pasting it with spaces around adds no copy")
        << ListEntry::PastedWithSpaces << QStringLiteral("categories") << QStringList{QStringLiteral("seminar")};
    QTest::newRow("duplicate categories: another case is another category, as in Jekyll")
        << ListEntry::OtherCase << QStringLiteral("categories") << QStringList{QStringLiteral("seminar"), QStringLiteral("Seminar")};
    QTest::newRow("duplicate tags: da, Down, Enter on tags [hpc, ai] adds data once")
        << ListEntry::CompletedByKeyboard << QStringLiteral("tags")
        << QStringList{QStringLiteral("hpc"), QStringLiteral("ai"), QStringLiteral("data")};
}

void TestFormFaults::duplicateCategories()
{
    QFETCH(ListEntry, how);
    QFETCH(QString, key);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const QString path = typedPost(dir);
    EditSession session;
    PostDocument &doc = *session.document();
    QString error;
    QVERIFY(doc.load(path, &error));
    FrontMatterForm form(&session);
    form.resize(600, 900);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *list = editorOf<ListFieldEditor>(form, key);
    QVERIFY(list);
    QLineEdit *add = list->addEdit();
    add->setFocus();
    QCompleter *completer = add->completer();
    QVERIFY(completer);
    // Keys go where Qt sends them: to the completion popup while it is open.
    const auto press = [&](Qt::Key k) {
        QWidget *target = completer->popup()->isVisible() ? completer->popup() : static_cast<QWidget *>(add);
        QTest::keyClick(target, k);
    };
    const QString prefix = key == QLatin1String("tags") ? QStringLiteral("da") : QStringLiteral("ne");
    switch (how) {
    case ListEntry::CompletedByKeyboard:
        QTest::keyClicks(add, prefix);
        QTRY_VERIFY(completer->popup()->isVisible());
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        QTRY_VERIFY(add->text().isEmpty());
        press(Qt::Key_Return);   // a second Enter on the emptied field
        break;
    case ListEntry::CompletedByMouse: {
        QTest::keyClicks(add, prefix);
        QTRY_VERIFY(completer->popup()->isVisible());
        QAbstractItemView *popup = completer->popup();
        const QModelIndex first = popup->model()->index(0, 0);
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(first).center());
        QTRY_VERIFY(add->text().isEmpty());
        press(Qt::Key_Return);
        break;
    }
    case ListEntry::TypedAgain:
        QTest::keyClicks(add, QStringLiteral("seminar"));
        if (completer->popup()->isVisible())
            press(Qt::Key_Escape);
        press(Qt::Key_Return);
        break;
    case ListEntry::PastedWithSpaces:
        QApplication::clipboard()->setText(QStringLiteral("  seminar "));
        add->paste();
        press(Qt::Key_Return);
        break;
    case ListEntry::OtherCase:
        QTest::keyClicks(add, QStringLiteral("Seminar"));
        if (completer->popup()->isVisible())
            press(Qt::Key_Escape);
        press(Qt::Key_Return);
        break;
    }
    QCoreApplication::processEvents();
    QCOMPARE(list->items(), expected);
    QCOMPARE(doc.post().frontMatter().stringList(key), expected);
    QVERIFY(add->text().isEmpty());
    QCOMPARE(doc.isModified(), expected.size() != (key == QLatin1String("tags") ? 2 : 1));
}

// Issue 15, kind "an empty image field has no picker": a field typed as image by the site's posts,
// by its key's name or by .lectern.yml gets the thumbnail and Choose…, whatever its value.
void TestFormFaults::emptyImageFieldHasPicker_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<QByteArray>("otherPost");   // another post of the site; empty: none
    QTest::addColumn<QByteArray>("lecternYml");
    QTest::addColumn<QString>("key");
    const QByteArray imaged = "---\ntitle: Other\nimage: /images/a.png\nbanner: /images/a.png\n---\n";
    QTest::newRow("empty image field: image \"\" in a site whose posts have images")
        << QByteArray("---\ntitle: T\nimage: \"\"\n---\n") << imaged << QByteArray() << QStringLiteral("image");
    QTest::newRow("empty image field: image \"\" in a site with no image yet (the seminar template)")
        << QByteArray("---\ntitle: T\nimage: \"\"\n---\n") << QByteArray() << QByteArray() << QStringLiteral("image");
    QTest::newRow("empty image field: image with no value (null)")
        << QByteArray("---\ntitle: T\nimage:\n---\n") << QByteArray() << QByteArray() << QStringLiteral("image");
    QTest::newRow("empty image field: every post of the site leaves image empty")
        << QByteArray("---\ntitle: T\nimage: ''\n---\n") << QByteArray("---\ntitle: O\nimage: ''\n---\n")
        << QByteArray() << QStringLiteral("image");
    QTest::newRow("empty image field: cover_image, named as an image, unknown to the site")
        << QByteArray("---\ntitle: T\ncover_image: \"\"\n---\n") << QByteArray() << QByteArray() << QStringLiteral("cover_image");
    QTest::newRow("empty image field: banner typed image by .lectern.yml")
        << QByteArray("---\ntitle: T\nbanner: \"\"\n---\n") << QByteArray()
        << QByteArray("fields:\n  - key: banner\n    type: image\n") << QStringLiteral("banner");
    QTest::newRow("empty image field: banner typed image by the site's posts")
        << QByteArray("---\ntitle: T\nbanner: \"\"\n---\n") << imaged << QByteArray() << QStringLiteral("banner");
}

void TestFormFaults::emptyImageFieldHasPicker()
{
    QFETCH(QByteArray, post);
    QFETCH(QByteArray, otherPost);
    QFETCH(QByteArray, lecternYml);
    QFETCH(QString, key);
    QTemporaryDir dir;
    LecternTest::writeFile(dir.filePath(QStringLiteral("_config.yml")), "title: Lab\n");
    QVERIFY(QFile::copy(LecternTest::dataPath(QStringLiteral("form/site/images/a.png")), dir.filePath(QStringLiteral("a.png"))));
    QDir(dir.path()).mkpath(QStringLiteral("images"));
    QVERIFY(QFile::rename(dir.filePath(QStringLiteral("a.png")), dir.filePath(QStringLiteral("images/a.png"))));
    if (!otherPost.isEmpty())
        LecternTest::writeFile(dir.filePath(QStringLiteral("_posts/2025-01-01-other.md")), otherPost);
    if (!lecternYml.isEmpty())
        LecternTest::writeFile(dir.filePath(QStringLiteral(".lectern.yml")), lecternYml);
    const QString path = dir.filePath(QStringLiteral("_posts/2025-03-20-new.md"));
    LecternTest::writeFile(path, post);
    EditSession session;
    PostDocument &doc = *session.document();
    QString error;
    QVERIFY(doc.load(path, &error));
    FrontMatterForm form(&session);
    form.show();
    auto *image = editorOf<ImageFieldEditor>(form, key);
    QVERIFY2(image, "a bare line edit instead of the image editor");
    QVERIFY(image->thumbnail()->isVisible());
    QCOMPARE(image->thumbnail()->text(), QStringLiteral("No image"));
    QPushButton *choose = nullptr;
    for (QPushButton *b : image->findChildren<QPushButton *>())
        choose = b->text() == QStringLiteral("Choose…") ? b : choose;
    QVERIFY(choose && choose->isVisible());
    // Picking a file fills it in: the path, and a thumbnail.
    QVERIFY2(image->useFile(dir.filePath(QStringLiteral("images/a.png")), false, &error), qPrintable(error));
    QCOMPARE(doc.post().frontMatter().scalar(key), QStringLiteral("/images/a.png"));
    QTRY_VERIFY(!image->thumbnail()->pixmap().isNull());   // read on a worker
}

QTEST_MAIN(TestFormFaults)
#include "tst_formfaults.moc"
