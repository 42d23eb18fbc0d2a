// SPDX-License-Identifier: GPL-3.0-or-later
// The seminar poster and sharing image of issue 19, read back with independent tools: poppler's
// pdfinfo/pdffonts/pdftotext for the PDF, zbarimg for the QR code on the rendered page.
#include "exportinputs.h"
#include "poster.h"
#include "postercontent.h"
#include "postfile.h"
#include "sharingcard.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

QString run(const QString &program, const QStringList &args, bool *ok = nullptr)
{
    QProcess p;
    p.start(program, args);
    const bool done = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = done;
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString oneLine(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
}

PosterContent contentOf(const QString &postPath, bool withSiteUrl = true)
{
    PostFile post;
    QString error;
    if (!PostFile::load(postPath, &post, &error))
        qFatal("%s", qPrintable(error));
    const QString root = LecternTest::sourcePath(QStringLiteral("examples/site"));
    ExportInput input = ExportInputs::fromPost(post, postPath, root);
    if (!withSiteUrl)
        input.site.url.clear();
    return PosterContent::fromInput(input);
}

QList<PosterItem> posterLayout(const PosterContent &c, const QLocale &locale, QStringList *notes, QSizeF *pageSize = nullptr)
{
    static QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("measure.pdf")));
    writer.setResolution(Poster::kResolution);
    writer.setPageLayout(Poster::pageLayoutFor(locale));
    const QSizeF page(writer.width(), writer.height());
    if (pageSize)
        *pageSize = page;
    return Poster::layout(c, page, &writer, notes);
}

// Every text item inside FRAME and clear of every other text item.
void checkTextBoxes(const QList<PosterItem> &items, const QRectF &frame)
{
    QList<PosterItem> texts;
    for (const PosterItem &item : items) {
        if (item.kind == PosterItem::Text && !item.text.text.isEmpty())
            texts << item;
    }
    QVERIFY(!texts.isEmpty());
    for (int i = 0; i < texts.size(); ++i) {
        QVERIFY2(frame.contains(texts[i].rect), qPrintable(texts[i].role + QStringLiteral(" outside the frame")));
        for (int j = i + 1; j < texts.size(); ++j) {
            QVERIFY2(!texts[i].rect.intersects(texts[j].rect),
                     qPrintable(texts[i].role + QStringLiteral(" overlaps ") + texts[j].role));
        }
    }
}

const PosterItem *itemWithRole(const QList<PosterItem> &items, const QString &role)
{
    for (const PosterItem &item : items) {
        if (item.role == role)
            return &item;
    }
    return nullptr;
}

// A trimmed text keeps whole words: without its "…" it is where a word of the original ended.
void checkWholeWords(const QString &original, const FittedText &fitted)
{
    QVERIFY(fitted.trimmed);
    QVERIFY(fitted.text.endsWith(QChar(0x2026)));
    const QString kept = oneLine(fitted.text.chopped(1));
    const QString all = oneLine(original);
    QVERIFY2(all.startsWith(kept), qPrintable(kept));
    QVERIFY(kept.size() < all.size());
    const QChar next = all.at(kept.size());
    QVERIFY2(next.isSpace() || next.isPunct(), qPrintable(QStringLiteral("cut before \"%1\"").arg(all.mid(kept.size(), 12))));
}

} // namespace

class TestPoster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brandColors_data();
    void brandColors();
    void contentOfTheSeedPost();
    void posterReadsBack_data();
    void posterReadsBack();
    void longTextsStayOnOnePage();
    void layoutFitsThePage_data();
    void layoutFitsThePage();
    void cardIsTheSharingSize_data();
    void cardIsTheSharingSize();
    void unbrokenTextsAreCutNotLost_data();
    void unbrokenTextsAreCutNotLost();
    void whereWithoutWhen();
    void pictureKeptOnBothPapers_data();
    void pictureKeptOnBothPapers();
    void cardSaysOnlyWhatItShows();

private:
    bool m_tools = false;
};

void TestPoster::initTestCase()
{
    m_tools = true;
    for (const char *tool : {"pdfinfo", "pdffonts", "pdftotext", "pdftoppm", "zbarimg"})
        m_tools = m_tools && !QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty();
}

void TestPoster::brandColors_data()
{
    QTest::addColumn<QByteArray>("lecternYml");
    QTest::addColumn<QByteArray>("css");
    QTest::addColumn<QString>("primary");
    QTest::addColumn<QString>("accent");
    const QByteArray sample = LecternTest::readAll(LecternTest::sourcePath(QStringLiteral("examples/site/assets/css/style.css")));
    QTest::newRow("sample site: the link colour var(--accent), accent mixed from it")
        << QByteArray() << sample << QStringLiteral("#1f4e79") << QStringLiteral("#7995af");
    QTest::newRow(".lectern.yml announce: colors: wins over the stylesheet")
        << QByteArray("announce:\n  colors: {primary: \"#8a1538\", accent: \"#f2a900\"}\n") << sample
        << QStringLiteral("#8a1538") << QStringLiteral("#f2a900");
    QTest::newRow("SCSS variable, three-digit hex, a named secondary")
        << QByteArray() << QByteArray("$brand: #c03;\n$secondary-color: #0a6;\nbody { color: #222; }\na { color: $brand; }\n")
        << QStringLiteral("#cc0033") << QStringLiteral("#00aa66");
    QTest::newRow("grey links are no brand: the saturated header colour")
        << QByteArray() << QByteArray("a { color: #333333; }\nh1, h2 { color: rgb(0, 102, 51); }\n")
        << QStringLiteral("#006633") << QStringLiteral("#66a385");
    QTest::newRow("no stylesheet colour: neutral slate")
        << QByteArray() << QByteArray("body { color: #111; background: #fff; }\n")
        << QStringLiteral("#334155") << QStringLiteral("#858d99");
}

void TestPoster::brandColors()
{
    QFETCH(QByteArray, lecternYml);
    QFETCH(QByteArray, css);
    QFETCH(QString, primary);
    QFETCH(QString, accent);
    QTemporaryDir site;
    QVERIFY(QDir(site.path()).mkpath(QStringLiteral("assets/css")));
    LecternTest::writeFile(site.filePath(QStringLiteral("assets/css/main.scss")), css);
    if (!lecternYml.isEmpty())
        LecternTest::writeFile(site.filePath(QStringLiteral(".lectern.yml")), lecternYml);
    const BrandColors brand = BrandColors::forSite(site.path());
    QCOMPARE(brand.primary, primary);
    QCOMPARE(brand.accent, accent);
}

void TestPoster::contentOfTheSeedPost()
{
    const PosterContent c = contentOf(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md")));
    QCOMPARE(c.missing, QStringList());
    QCOMPARE(c.speaker, QStringLiteral("Tomasz Malkiewicz"));
    QCOMPARE(c.affiliation, QStringLiteral("CSC - IT Center for Science in Finland"));
    QCOMPARE(c.day, QStringLiteral("Wednesday, March 19, 2025"));
    QCOMPARE(c.time, QString::fromUtf8("11:00am – 12:00pm PDT"));
    QCOMPARE(c.where, QStringLiteral("MDR #1137 Conference Room"));
    QCOMPARE(c.kicker, QStringLiteral("Scientific Computing Seminar"));
    QCOMPARE(c.siteName, QStringLiteral("SciTech Lab News & Seminars"));
    QCOMPARE(c.url, QStringLiteral("https://scitech.example.org/lab/blog/lumi-ai-factories/"));
    QVERIFY(c.imagePath.endsWith(QStringLiteral("images/news/malkiewicz-seminar.jpg")));
    QVERIFY(c.abstract.startsWith(QStringLiteral("AI applications like large language models require significant computing "
                                                 "resources. LUMI, Europe’s third most powerful supercomputer,")));
    QCOMPARE(c.abstract.count(QStringLiteral("\n\n")), 3);   // four paragraphs, blank runs made one
    QCOMPARE(c.missing, QStringList());
    QCOMPARE(PosterContent::fromJson(c.toJson()).toJson(), c.toJson());
}

void TestPoster::posterReadsBack_data()
{
    QTest::addColumn<QString>("post");
    QTest::addColumn<QStringList>("texts");   // what pdftotext must find
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("missing");
    const QString u = QStringLiteral("https://scitech.example.org/lab/blog/");
    QTest::newRow("seed post: LUMI AI Factories")
        << QStringLiteral("2025-03-19-lumi-ai-factories.md")
        << QStringList{QStringLiteral("Supporting Research Infrastructure Communities Through LUMI AI"),
                       QStringLiteral("Tomasz Malkiewicz"), QStringLiteral("Wednesday, March 19, 2025"),
                       QStringLiteral("MDR #1137 Conference Room"), QStringLiteral("SciTech Lab News & Seminars")}
        << u + QStringLiteral("lumi-ai-factories/") << 0;
    QTest::newRow("seminar: sparse solvers")
        << QStringLiteral("2025-05-07-sparse-solvers-exascale.md")
        << QStringList{QStringLiteral("Communication-Avoiding Sparse Solvers for Exascale Climate Models"),
                       QStringLiteral("Adaeze Okafor"), QStringLiteral("Wednesday, May 7, 2025"),
                       QStringLiteral("MDR #1137 Conference Room")}
        << u + QStringLiteral("sparse-solvers-exascale/") << 0;
    QTest::newRow("news post: no speaker, no When or Where, still a poster")
        << QStringLiteral("2025-06-02-new-gpu-cluster.md")
        << QStringList{QStringLiteral("New GPU Cluster \"Cedar\" Opens to All Lab Researchers"),
                       QStringLiteral("Monday, June 2, 2025"), QStringLiteral("The lab's new GPU cluster, Cedar")}
        << u + QStringLiteral("new-gpu-cluster/") << 3;
    QTest::newRow("seminar: provenance, another room")
        << QStringLiteral("2025-10-15-research-data-provenance.md")
        << QStringList{QStringLiteral("Provenance by Default: Tracking Research Data from Instrument to Publication"),
                       QStringLiteral("Johan Lindqvist"), QStringLiteral("Wednesday, October 15, 2025"),
                       QStringLiteral("MDR #2210 Seminar Room")}
        << u + QStringLiteral("research-data-provenance/") << 0;
}

void TestPoster::posterReadsBack()
{
    QFETCH(QString, post);
    QFETCH(QStringList, texts);
    QFETCH(QString, url);
    QFETCH(int, missing);
    if (!m_tools)
        QSKIP("poppler-utils or zbar-tools not installed: the PDF was not read back");
    const PosterContent content = contentOf(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/") + post));
    QVERIFY2(content.missing.size() == missing, qPrintable(content.missing.join(QLatin1String("; "))));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("poster.pdf"));
    QString error;
    QStringList notes;
    QVERIFY2(Poster::writePdf(content, pdf, Poster::pageLayoutFor(QLocale(QLocale::German, QLocale::Germany)), &error, &notes),
             qPrintable(error));
    notes.removeAll(QStringLiteral("the abstract was shortened to fit"));
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1String("; "))));

    bool ok = false;
    const QString info = run(QStringLiteral("pdfinfo"), {pdf}, &ok);
    QVERIFY2(ok, qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("^Pages:\\s+1$"), QRegularExpression::MultilineOption)), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("^Page size:\\s+595 x 842 pts \\(A4\\)"),
                                              QRegularExpression::MultilineOption)), qPrintable(info));   // A4
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("^Title:\\s+") + QRegularExpression::escape(content.title.left(20)),
                                              QRegularExpression::MultilineOption)), qPrintable(info));

    // pdffonts: a table after two header lines; column "emb" says yes for every font.
    const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &font : fonts)
        QVERIFY2(font.contains(QRegularExpression(QStringLiteral("\\syes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))), qPrintable(font));

    const QString text = oneLine(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
    for (const QString &want : texts)
        QVERIFY2(text.contains(want), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(want, text)));

    QVERIFY(run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                             QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))}, &ok)
                .isEmpty() || ok);
    QVERIFY(ok);
    const QString decoded = run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                                            dir.filePath(QStringLiteral("page.png"))}).trimmed();
    QCOMPARE(decoded, url);
    QCOMPARE(decoded, content.url);
}

void TestPoster::longTextsStayOnOnePage()
{
    PosterContent c = contentOf(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md")));
    QStringList words;
    for (int i = 0; i < 3000; ++i)
        words << QStringLiteral("word%1").arg(i) + (i % 97 == 96 ? QStringLiteral(".\n\n") : QString());
    c.abstract = words.join(QLatin1Char(' '));
    c.title = QStringLiteral("A Very Long Title About Exascale Computing, Artificial Intelligence Factories, Research "
                             "Infrastructures, Data Provenance, Sparse Solvers, Climate Models and Everything Else the "
                             "Committee Wanted to Mention in One Breath Before the Seminar Began");

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    QStringList notes;
    QVERIFY2(Poster::writePdf(c, pdf, Poster::pageLayoutFor(QLocale(QLocale::English, QLocale::UnitedStates)), &error, &notes),
             qPrintable(error));
    QVERIFY(notes.contains(QStringLiteral("the abstract was shortened to fit")));

    QPdfWriter writer(dir.filePath(QStringLiteral("measure.pdf")));
    writer.setResolution(Poster::kResolution);
    writer.setPageLayout(Poster::pageLayoutFor(QLocale(QLocale::English, QLocale::UnitedStates)));
    const QSizeF page(writer.width(), writer.height());
    const QList<PosterItem> items = Poster::layout(c, page, &writer);
    checkTextBoxes(items, QRectF(QPointF(0, 0), page));
    const PosterItem *abstract = itemWithRole(items, QStringLiteral("abstract"));
    QVERIFY(abstract);
    checkWholeWords(c.abstract, abstract->text);
    const PosterItem *title = itemWithRole(items, QStringLiteral("title"));
    QVERIFY(title);
    QVERIFY(title->text.shrunk);
    if (title->text.trimmed)
        checkWholeWords(c.title, title->text);
    if (!m_tools)
        QSKIP("poppler-utils not installed: pages not counted");
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("^Pages:\\s+1$"), QRegularExpression::MultilineOption)), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("^Page size:\\s+612 x 792"), QRegularExpression::MultilineOption)),
             qPrintable(info));   // Letter
    const QString text = oneLine(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
    QVERIFY(text.contains(QStringLiteral("word0 word1 word2")));
    QVERIFY(!text.contains(QStringLiteral("word2999")));
}

void TestPoster::layoutFitsThePage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("image");
    QTest::addColumn<bool>("url");
    for (const auto &[name, locale] : {std::pair{"A4", QLocale(QLocale::French, QLocale::France)},
                                       std::pair{"Letter", QLocale(QLocale::English, QLocale::Canada)}}) {
        QTest::addRow("%s, image and URL", name) << locale << true << true;
        QTest::addRow("%s, no image", name) << locale << false << true;
        QTest::addRow("%s, no URL: no QR code", name) << locale << true << false;
    }
}

void TestPoster::layoutFitsThePage()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, image);
    QFETCH(bool, url);
    PosterContent c = contentOf(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/2025-05-07-sparse-solvers-exascale.md")));
    if (!image)
        c.imagePath.clear();
    if (!url)
        c.url.clear();
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("measure.pdf")));
    writer.setResolution(Poster::kResolution);
    writer.setPageLayout(Poster::pageLayoutFor(locale));
    const QSizeF page(writer.width(), writer.height());
    QStringList notes;
    const QList<PosterItem> items = Poster::layout(c, page, &writer, &notes);
    notes.removeAll(QStringLiteral("the abstract was shortened to fit"));   // the abstract gives way, nothing else
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1String("; "))));
    checkTextBoxes(items, QRectF(QPointF(0, 0), page));
    QCOMPARE(itemWithRole(items, QStringLiteral("image")) != nullptr, image);
    const PosterItem *qr = itemWithRole(items, QStringLiteral("qr"));
    QCOMPARE(qr != nullptr, url);
    // The title reads from two metres: at least 38/1000 of the page width (~8 mm on A4).
    const PosterItem *title = itemWithRole(items, QStringLiteral("title"));
    QVERIFY(title);
    QVERIFY(title->text.font.pixelSize() >= int(page.width() * 0.038));
    QVERIFY(!title->text.trimmed);
    const PosterItem *abstract = itemWithRole(items, QStringLiteral("abstract"));
    QVERIFY(abstract);
    if (qr) {
        for (const PosterItem &item : items) {
            if (item.kind == PosterItem::Text)
                QVERIFY2(!item.rect.intersects(qr->rect.adjusted(-4 * qr->rect.width() / qr->qr.size(), 0, 0, 0)),
                         qPrintable(item.role + QStringLiteral(" in the QR code's quiet zone")));
        }
    }
}

void TestPoster::cardIsTheSharingSize_data()
{
    QTest::addColumn<bool>("image");
    QTest::addColumn<QString>("title");
    QTest::newRow("seed post over its image") << true << QString();
    QTest::newRow("no image: brand colour background") << false << QString();
    QTest::newRow("very long title shrinks and keeps whole words") << true
        << QStringLiteral("A Very Long Title About Exascale Computing, Artificial Intelligence Factories, Research "
                          "Infrastructures, Data Provenance, Sparse Solvers, Climate Models and Everything Else the "
                          "Committee Wanted to Mention in One Breath Before the Seminar Began, Twice Over, With Feeling");
}

void TestPoster::cardIsTheSharingSize()
{
    QFETCH(bool, image);
    QFETCH(QString, title);
    PosterContent c = contentOf(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md")));
    if (!image)
        c.imagePath.clear();
    if (!title.isEmpty())
        c.title = title;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("card.png"));
    QString error;
    QVERIFY2(SharingCard::writePng(c, path, &error), qPrintable(error));
    const QImage png(path);
    QCOMPARE(png.size(), QSize(1200, 630));

    QImage device(SharingCard::kWidth, SharingCard::kHeight, QImage::Format_RGB32);
    const QList<PosterItem> items = SharingCard::layout(c, &device);
    checkTextBoxes(items, QRectF(0, 0, SharingCard::kWidth, SharingCard::kHeight));
    for (const QString &role : {QStringLiteral("title"), QStringLiteral("speaker"), QStringLiteral("when"),
                                QStringLiteral("where"), QStringLiteral("site")}) {
        const PosterItem *item = itemWithRole(items, role);
        QVERIFY2(item, qPrintable(role));
        // Drawn: light text pixels on the dark ground inside its box.
        int light = 0;
        const QRect box = item->rect.toAlignedRect() & png.rect();
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x)
                light += qGray(png.pixel(x, y)) > 200;
        }
        QVERIFY2(light > box.width() * box.height() / 50, qPrintable(role));
    }
    QVERIFY(itemWithRole(items, QStringLiteral("when"))->text.text.contains(QStringLiteral("Wednesday, March 19, 2025")));
    if (!title.isEmpty()) {
        const PosterItem *t = itemWithRole(items, QStringLiteral("title"));
        checkWholeWords(title, t->text);
    }
    if (!image) {
        QVERIFY(qAbs(QColor(png.pixel(40, 40)).hue() - QColor(c.primary).hue()) < 12);
    } else {
        QSet<QRgb> colours;
        for (int x = 700; x < 1200; x += 7)
            colours.insert(png.pixel(x, 300));
        QVERIFY(colours.size() > 20);   // the picture shows through on the right
    }
}

void TestPoster::unbrokenTextsAreCutNotLost_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("speaker");
    // Chinese and Japanese have no spaces: every character is a place to break (UAX #14).
    QString chinese;
    for (int i = 0; i < 12; ++i)
        chinese += QStringLiteral("量子计算研讨会从理论到实践");
    QTest::newRow("156 Chinese characters, no space") << chinese << QStringLiteral("张伟");
    QString japanese;
    for (int i = 0; i < 10; ++i)
        japanese += QStringLiteral("計算科学セミナーの御案内");
    QTest::newRow("120 Japanese characters, no space") << japanese << QStringLiteral("山田太郎");
    // One word wider than the page: cut inside it rather than lose the whole title or the speaker.
    QTest::newRow("one word of 204 letters") << QStringLiteral("Supercalifragilisticexpialidocious").repeated(6)
                                             << QStringLiteral("Pneumonoultramicroscopicsilicovolcanoconiosis").repeated(3);
}

void TestPoster::unbrokenTextsAreCutNotLost()
{
    QFETCH(QString, title);
    QFETCH(QString, speaker);
    PosterContent c = contentOf(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md")));
    c.title = title;
    c.speaker = speaker;
    QSizeF page;
    QStringList notes;
    const QList<PosterItem> items = posterLayout(c, QLocale(QLocale::German, QLocale::Germany), &notes, &page);
    checkTextBoxes(items, QRectF(QPointF(0, 0), page));
    for (const QString &role : {QStringLiteral("title"), QStringLiteral("speaker"), QStringLiteral("affiliation"),
                                QStringLiteral("day"), QStringLiteral("where")}) {
        const PosterItem *item = itemWithRole(items, role);
        QVERIFY2(item && item->text.text.size() > 1, qPrintable(role + QStringLiteral(" lost")));
    }
    const PosterItem *shown = itemWithRole(items, QStringLiteral("title"));
    QVERIFY(shown->text.trimmed);
    QVERIFY(notes.contains(QStringLiteral("the title was shortened to fit")));
    QVERIFY(shown->text.text.endsWith(QChar(0x2026)));
    QVERIFY2(title.startsWith(shown->text.text.chopped(1)), qPrintable(shown->text.text));
    QVERIFY(shown->text.text.size() > 20);   // a good part of it, not one character

    QImage device(SharingCard::kWidth, SharingCard::kHeight, QImage::Format_RGB32);
    QStringList cardNotes;
    const QList<PosterItem> card = SharingCard::layout(c, &device, &cardNotes);
    checkTextBoxes(card, QRectF(0, 0, SharingCard::kWidth, SharingCard::kHeight));
    const PosterItem *cardTitle = itemWithRole(card, QStringLiteral("title"));
    QVERIFY(cardTitle && cardTitle->text.text.size() > 20);
    QVERIFY(itemWithRole(card, QStringLiteral("speaker")) && !itemWithRole(card, QStringLiteral("speaker"))->text.text.isEmpty());
}

// A news item with a room and no time: the room is shown, the row under it is the post's date,
// labelled as a date (not "When", which would announce the publication day as an event).
void TestPoster::whereWithoutWhen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2025-06-02-open-day.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: Open Day at the Cedar Cluster\ndate: 2025-06-02\ncategories: [news]\n---\n"
               "Come and see the machine room.\n\n- **Where:** Room 5, Building B\n");
    file.close();
    const PosterContent c = contentOf(path);
    QCOMPARE(c.where, QStringLiteral("Room 5, Building B"));
    QCOMPARE(c.day, QStringLiteral("Monday, June 2, 2025"));
    QVERIFY(c.dayIsPostDate);
    QCOMPARE(PosterContent::fromJson(c.toJson()).dayIsPostDate, true);
    for (const QString &missing : c.missing)
        QVERIFY2(!missing.contains(QStringLiteral("no place")), qPrintable(missing));
    QStringList notes;
    const QList<PosterItem> items = posterLayout(c, QLocale(QLocale::German, QLocale::Germany), &notes);
    const PosterItem *where = itemWithRole(items, QStringLiteral("where"));
    QVERIFY(where);
    QCOMPARE(where->text.text, QStringLiteral("Room 5, Building B"));
    const PosterItem *label = itemWithRole(items, QStringLiteral("whenLabel"));
    QVERIFY(label);
    QCOMPARE(label->text.text, QStringLiteral("DATE"));

    // With a When: line the same row is the event's, labelled WHEN.
    const PosterContent seminar = contentOf(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md")));
    QVERIFY(!seminar.dayIsPostDate);
    const QList<PosterItem> seminarItems = posterLayout(seminar, QLocale(QLocale::German, QLocale::Germany), &notes);
    QCOMPARE(itemWithRole(seminarItems, QStringLiteral("whenLabel"))->text.text, QStringLiteral("WHEN"));
}

void TestPoster::pictureKeptOnBothPapers_data()
{
    QTest::addColumn<QString>("post");
    QTest::addColumn<QLocale>("locale");
    for (const char *post : {"2025-03-19-lumi-ai-factories.md", "2025-05-07-sparse-solvers-exascale.md",
                             "2025-10-15-research-data-provenance.md"}) {
        QTest::addRow("%s, A4", post) << QString::fromLatin1(post) << QLocale(QLocale::German, QLocale::Germany);
        QTest::addRow("%s, Letter", post) << QString::fromLatin1(post) << QLocale(QLocale::English, QLocale::UnitedStates);
    }
}

// Letter is shorter than A4 for its width: the title shrinks a little rather than the picture
// being dropped (a four-line title used to leave it no room).
void TestPoster::pictureKeptOnBothPapers()
{
    QFETCH(QString, post);
    QFETCH(QLocale, locale);
    const PosterContent c = contentOf(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/") + post));
    QVERIFY(!c.imagePath.isEmpty());
    QStringList notes;
    QSizeF page;
    const QList<PosterItem> items = posterLayout(c, locale, &notes, &page);
    QVERIFY2(itemWithRole(items, QStringLiteral("image")), qPrintable(notes.join(QLatin1String("; "))));
    QVERIFY(!notes.contains(QStringLiteral("the title was shortened to fit")));
    checkTextBoxes(items, QRectF(QPointF(0, 0), page));
}

// The sharing image has no QR code and no abstract: it does not report them missing.
void TestPoster::cardSaysOnlyWhatItShows()
{
    const PosterContent c = contentOf(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md")),
                                      false);
    QVERIFY(c.url.isEmpty());
    QCOMPARE(c.missing, QStringList());
    QCOMPARE(c.missingOnPoster, QStringList{QStringLiteral("no public URL (`url` in _config.yml), so no QR code")});
}

QTEST_MAIN(TestPoster)
#include "tst_poster.moc"
