// SPDX-License-Identifier: GPL-3.0-or-later
// The e-mail draft writer: headers any mail program decodes to the same title, 7-bit CRLF text with
// short lines, boundaries that cut nothing, images as cid: parts. tests/app/eml_test.sh reads the
// whole message with Python's email package; this checks the encodings byte by byte.
#include "emaildraft.h"
#include "exporttestsupport.h"
#include "mimeencoding.h"
#include "siteannounce.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Lectern;
using namespace LecternTest;

namespace {

// Lines of a CRLF text; *error says what is wrong (a bare CR or LF, a non-ASCII byte, no final CRLF).
QList<QByteArray> crlfLines(const QByteArray &text, QString *error)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c >= 128)
            *error = QStringLiteral("non-ASCII byte at %1").arg(i);
        else if (c == '\n' && (i == 0 || text.at(i - 1) != '\r'))
            *error = QStringLiteral("bare LF at %1").arg(i);
        else if (c == '\r' && (i + 1 == text.size() || text.at(i + 1) != '\n'))
            *error = QStringLiteral("bare CR at %1").arg(i);
        if (!error->isEmpty())
            return {};
    }
    if (!text.isEmpty() && !text.endsWith("\r\n"))
        *error = QStringLiteral("no CRLF at the end");
    QList<QByteArray> lines = text.split('\n');
    lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(1);
    return lines;
}

int longest(const QList<QByteArray> &lines)
{
    int n = 0;
    for (const QByteArray &line : lines)
        n = qMax(n, int(line.size()));
    return n;
}

// The header's value as a reader shows it: unfolded, each encoded-word decoded on its own (so a
// word holding half a character fails), the space between two encoded-words dropped (RFC 2047 6.2).
QString decodeHeader(const QByteArray &header, QString *error)
{
    QByteArray value = header.mid(header.indexOf(':') + 1);
    value.replace("\r\n", "");
    value = value.trimmed();
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QString out;
    qsizetype at = 0;
    bool lastWasWord = false;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(0).size() > 75)
            *error = QStringLiteral("encoded-word of %1 characters").arg(m.captured(0).size());
        const QString between = text.mid(at, m.capturedStart() - at);
        if (!(lastWasWord && between.trimmed().isEmpty()))
            out += between;
        const QByteArray bytes = QByteArray::fromBase64(m.captured(1).toLatin1());
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(bytes);
        if (utf8.hasError())
            *error = QStringLiteral("an encoded-word is not whole UTF-8 characters");
        out += decoded;
        at = m.capturedEnd();
        lastWasWord = true;
    }
    return out + text.mid(at);
}

QByteArray decodeQuotedPrintable(const QByteArray &qp)
{
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        if (qp.at(i) != '=') {
            out += qp.at(i);
        } else if (qp.mid(i + 1, 2) == "\r\n") {
            i += 2;   // soft line break
        } else {
            out += char(qp.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        }
    }
    return out;
}

// The parameter's value: quoted, or RFC 2231 sections joined and percent-decoded.
QString decodeParameter(const QByteArray &text, const QByteArray &name)
{
    QByteArray joined;
    bool encoded = false;
    for (QByteArray piece : text.split(';')) {
        piece = piece.trimmed();
        if (piece.startsWith(QByteArray(name + "=\"")))
            return QString::fromUtf8(piece.mid(name.size() + 2).chopped(1));
        if (piece.startsWith(QByteArray(name + '*'))) {
            const QByteArray value = piece.mid(piece.indexOf('=') + 1);
            encoded = encoded || piece.left(piece.indexOf('=')).endsWith('*');
            joined += value;
        }
    }
    if (encoded && joined.startsWith("UTF-8''"))
        return QString::fromUtf8(QByteArray::fromPercentEncoding(joined.mid(7)));
    return QString::fromUtf8(joined);
}

} // namespace

class TestEmailDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subjectDecodesToTheTitle_data();
    void subjectDecodesToTheTitle();
    void addressHeader_data();
    void addressHeader();
    void quotedPrintable_data();
    void quotedPrintable();
    void base64Lines_data();
    void base64Lines();
    void parameter_data();
    void parameter();
    void dateTime();
    void messageIsCrlfWithShortLines();
    void boundariesCutNothing();
    void inlineImagesBecomeCidParts();
    void draftWithoutTimeHasNoInvite();
    void announceSettings_data();
    void announceSettings();
};

void TestEmailDraft::subjectDecodesToTheTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("encoded");
    QTest::newRow("ASCII: written as is") << QStringLiteral("[Seminar] Sparse Solvers for Exascale") << false;
    QTest::newRow("German umlauts and ß") << QStringLiteral("[Seminar] Über die Größe von Gleichungssystemen: Maßstäbe für Exascale") << true;
    QTest::newRow("French accents and apostrophe") << QStringLiteral("Séminaire : l’écologie numérique, ça compte ? Œuvres complètes") << true;
    QTest::newRow("Chinese, 3-byte characters") << QStringLiteral("量子计算研讨会：从理论到实践，以及高性能计算在气候模型中的应用与挑战") << true;
    QTest::newRow("emoji, 4-byte characters and ZWJ") << QStringLiteral("🚀 Launch party 👩‍🔬🧪 for the new GPU cluster 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉") << true;
    QTest::newRow("long ASCII title folded at spaces")
        << QStringLiteral("Supporting Research Infrastructure Communities Through LUMI AI and AI Factories, Nordic and "
                          "European Perspective, with a very long subtitle that goes on and on across several lines")
        << false;
    QTest::newRow("long German title over several encoded-words")
        << QStringLiteral("Kommunikationsvermeidende dünnbesetzte Löser für Klimamodelle im Exascale-Zeitalter: Erfahrungen, "
                          "Messungen und Ausblick auf künftige Großrechner in Jülich und München") << true;
    QTest::newRow("ASCII with =? is encoded, not read as a word") << QStringLiteral("What is =?UTF-8?B?x?= anyway") << true;
    QTest::newRow("one ASCII word longer than a line") << QString(120, QLatin1Char('x')) << true;
    QTest::newRow("empty") << QString() << false;
}

void TestEmailDraft::subjectDecodesToTheTitle()
{
    QFETCH(QString, title);
    QFETCH(bool, encoded);
    const QByteArray header = Mime::unstructuredHeader("Subject", title);
    QString error;
    const QList<QByteArray> lines = crlfLines(header, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(header.startsWith("Subject: ") || header == "Subject:\r\n" || header == "Subject: \r\n");
    QVERIFY2(longest(lines) <= (encoded ? 76 : 78), header.constData());
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(' ') && !lines.at(i).trimmed().isEmpty(), header.constData());
    QCOMPARE(header.contains("=?UTF-8?B?"), encoded);
    QCOMPARE(decodeHeader(header, &error), title);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestEmailDraft::addressHeader_data()
{
    QTest::addColumn<QString>("addresses");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("one address") << QStringLiteral("seminars@example.org") << QStringLiteral("seminars@example.org");
    QTest::newRow("two addresses") << QStringLiteral("a@example.org,b@example.org") << QStringLiteral("a@example.org, b@example.org");
    QTest::newRow("ASCII display name is quoted") << QStringLiteral("Lab Seminars <seminars@example.org>")
                                                  << QStringLiteral("\"Lab Seminars\" <seminars@example.org>");
    QTest::newRow("German display name is encoded") << QStringLiteral("Größere Runde <runde@example.de>")
                                                    << QStringLiteral("Größere Runde <runde@example.de>");
    // A comma inside a quoted display name belongs to the name (RFC 5322 3.2.4), not the list.
    QTest::newRow("Last, First in quotes") << QStringLiteral("\"Smith, John\" <js@example.org>, b@example.org")
                                           << QStringLiteral("\"Smith, John\" <js@example.org>, b@example.org");
    QTest::newRow("Last, First in quotes, German") << QStringLiteral("\"Müller, Jörg\" <jm@example.de>")
                                                   << QStringLiteral("Müller, Jörg <jm@example.de>");
    QTest::newRow("quoted pair in the name") << QStringLiteral("\"Ada \\\"the first\\\" L.\" <ada@example.org>")
                                             << QStringLiteral("\"Ada \\\"the first\\\" L.\" <ada@example.org>");
    QTest::newRow("comma in an angle address's comment") << QStringLiteral("Lab (Seminars, all) <s@example.org>")
                                                         << QStringLiteral("\"Lab (Seminars, all)\" <s@example.org>");
    QTest::newRow("internationalised domain") << QStringLiteral("Runde <runde@bücher.example>")
                                              << QStringLiteral("\"Runde\" <runde@xn--bcher-kva.example>");
}

void TestEmailDraft::addressHeader()
{
    QFETCH(QString, addresses);
    QFETCH(QString, decoded);
    const QByteArray header = Mime::addressHeader("To", addresses);
    QString error;
    QVERIFY(longest(crlfLines(header, &error)) <= 76);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decodeHeader(header, &error), decoded);
}

void TestEmailDraft::quotedPrintable_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("long ASCII line") << QString(300, QLatin1Char('a')) + QLatin1Char('\n');
    QTest::newRow("German") << QStringLiteral("Grüße aus Jülich: „Exascale“ – größer als gedacht.\n");
    QTest::newRow("equals signs and a long line of them") << QString(100, QLatin1Char('=')) + QStringLiteral("\na=b\n");
    QTest::newRow("trailing spaces and tabs are kept") << QStringLiteral("spaces   \ntab\t\nend ");
    QTest::newRow("dot and From at line starts") << QStringLiteral(".\nFrom here\n..two\n");
    QTest::newRow("CRLF input") << QStringLiteral("one\r\ntwo\r\n");
    QTest::newRow("emoji across the soft break") << QString(74, QLatin1Char('x')) + QStringLiteral("🎉🎉🎉\n");
    QTest::newRow("HTML with a long style attribute")
        << QStringLiteral("<div style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222222;max-width:640px;\">\n");
    QTest::newRow("empty") << QString();
}

void TestEmailDraft::quotedPrintable()
{
    QFETCH(QString, text);
    const QByteArray qp = Mime::quotedPrintable(text.toUtf8());
    QString error;
    const QList<QByteArray> lines = crlfLines(qp + "\r\n", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(longest(lines) <= 76, qp.constData());
    for (const QByteArray &line : lines) {
        QVERIFY2(!line.endsWith(' ') && !line.endsWith('\t'), line.constData());   // transports strip them
        QVERIFY2(!line.startsWith('.') && !line.startsWith("From "), line.constData());
    }
    QByteArray expected = text.toUtf8();
    expected.replace("\r\n", "\n");
    expected.replace("\n", "\r\n");
    QCOMPARE(decodeQuotedPrintable(qp), expected);
}

void TestEmailDraft::base64Lines_data()
{
    QTest::addColumn<int>("size");
    for (int size : {0, 1, 56, 57, 58, 1000})
        QTest::newRow(qPrintable(QStringLiteral("%1 bytes").arg(size))) << size;
}

void TestEmailDraft::base64Lines()
{
    QFETCH(int, size);
    QByteArray data;
    for (int i = 0; i < size; ++i)
        data += char(i * 7 % 256);
    const QByteArray b64 = Mime::base64Lines(data);
    QString error;
    const QList<QByteArray> lines = crlfLines(b64, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(longest(lines) <= 76);
    QCOMPARE(QByteArray::fromBase64(lines.join()), data);
}

void TestEmailDraft::parameter_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("quoted");
    QTest::newRow("plain name is quoted") << QStringLiteral("invite.ics") << true;
    QTest::newRow("accented name is RFC 2231") << QStringLiteral("Résumé café.jpg") << false;
    QTest::newRow("long Chinese name in sections") << QStringLiteral("量子计算研讨会海报，从理论到实践的高性能计算.png") << false;
    QTest::newRow("quote in the name") << QStringLiteral("say \"hi\".png") << false;
}

void TestEmailDraft::parameter()
{
    QFETCH(QString, value);
    QFETCH(bool, quoted);
    const QByteArray header = "Content-Type: image/png" + Mime::parameter("name", value) + "\r\n";
    QString error;
    QVERIFY2(longest(crlfLines(header, &error)) <= 78, header.constData());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(header.contains("name=\""), quoted);
    QByteArray unfolded = header;
    unfolded.replace("\r\n\t", "");
    QCOMPARE(decodeParameter(unfolded.trimmed(), "name"), value);
}

void TestEmailDraft::dateTime()
{
    const QDateTime time(QDate(2026, 11, 29), QTime(23, 30, 5), QTimeZone(3600));
    QCOMPARE(Mime::dateTime(time), QByteArray("Sun, 29 Nov 2026 23:30:05 +0100"));
    const QDateTime west(QDate(2025, 3, 9), QTime(8, 0), QTimeZone(-7 * 3600 - 1800));
    QCOMPARE(Mime::dateTime(west), QByteArray("Sun, 09 Mar 2025 08:00:00 -0730"));
}

void TestEmailDraft::messageIsCrlfWithShortLines()
{
    EmailDraft::Message m;
    m.subject = QStringLiteral("[Seminar] Über Größen 量子计算 🎉");
    m.to = QStringLiteral("seminars@example.org");
    m.date = QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone(0));
    m.plainText = QStringLiteral("# Title\n\nA line that is long enough to need a soft break in quoted-printable, for sure, yes.\n");
    m.html = QStringLiteral("<div style=\"x\">\n<p>Grüße</p>\n</div>\n");
    m.calendar = "BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n";
    const QByteArray eml = EmailDraft::write(m);
    QString error;
    const QList<QByteArray> lines = crlfLines(eml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(longest(lines) <= 78, eml.constData());
    const qsizetype headerEnd = eml.indexOf("\r\n\r\n");
    const QByteArray headers = eml.left(headerEnd + 2);
    for (const char *expected : {"MIME-Version: 1.0\r\n", "X-Unsent: 1\r\n", "To: seminars@example.org\r\n",
                                 "Date: Sat, 01 Mar 2025 09:00:00 +0000\r\n", "Content-Type: multipart/mixed;"})
        QVERIFY2(headers.contains(expected), expected);
    QVERIFY(QRegularExpression(QStringLiteral("\r\nMessage-ID: <[0-9a-f.]+@lectern.invalid>\r\n")).match(QString::fromLatin1(headers)).hasMatch());
    QVERIFY(!headers.contains("From:"));   // the mail program fills in the sender
    QCOMPARE(decodeHeader(headers.mid(headers.indexOf("Subject:"), headers.indexOf("\r\nTo:") - headers.indexOf("Subject:")), &error),
             m.subject);
    QVERIFY(eml.contains("Content-Type: text/calendar; charset=UTF-8; method=PUBLISH;\r\n\tname=\"invite.ics\""));
    QVERIFY(eml.contains("Content-Disposition: attachment;\r\n\tfilename=\"invite.ics\""));
    QVERIFY(eml.contains(Mime::base64Lines(m.calendar)));
    QVERIFY(eml.contains("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"));
    QVERIFY(eml.contains("<p>Gr=C3=BC=C3=9Fe</p>"));

    m.calendar.clear();
    m.to.clear();
    const QByteArray bare = EmailDraft::write(m);
    QVERIFY(!bare.contains("text/calendar"));
    QVERIFY(!bare.contains("\r\nTo:"));
}

// Every boundary is declared once, opens each of its parts on a line of its own, closes once, and
// occurs nowhere else, even when the content talks about boundaries.
void TestEmailDraft::boundariesCutNothing()
{
    EmailDraft::Message m;
    m.subject = QStringLiteral("Boundaries");
    m.plainText = QStringLiteral("--=_lectern_alt_ and =_lectern_mixed_ in the text\n");
    m.html = QStringLiteral("<p>--=_lectern_related_</p><img src=\"cid:a@lectern\">\n");
    m.images << EmailDraft::Image{"a@lectern", QStringLiteral("a.png"), "image/png", QString(), QByteArray(500, '\xff')};
    m.calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
    const QByteArray eml = EmailDraft::write(m);
    static const QRegularExpression declared(QStringLiteral("boundary=\"([^\"]+)\""));
    QStringList boundaries;
    for (auto it = declared.globalMatch(QString::fromLatin1(eml)); it.hasNext();)
        boundaries << it.next().captured(1);
    QCOMPARE(boundaries.size(), 3);   // mixed, alternative, related
    QCOMPARE(QSet<QString>(boundaries.begin(), boundaries.end()).size(), 3);
    const QMap<QString, int> partsOf{{boundaries.at(0), 2}, {boundaries.at(1), 2}, {boundaries.at(2), 2}};
    for (const QString &b : boundaries) {
        const QByteArray bytes = b.toLatin1();
        QVERIFY2(bytes.size() <= 70, bytes.constData());   // RFC 2046 5.1.1
        QCOMPARE(eml.count(bytes), partsOf.value(b) + 2);  // declared, each part, the close
        QCOMPARE(eml.count(QByteArray("\r\n--" + bytes + "\r\n")), partsOf.value(b));
        QCOMPARE(eml.count(QByteArray("\r\n--" + bytes + "--\r\n")), 1);
    }
    QVERIFY(eml.contains("Content-ID: <a@lectern>\r\n"));
    QVERIFY(eml.contains("multipart/related;\r\n\ttype=\"text/html\""));
}

void TestEmailDraft::inlineImagesBecomeCidParts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString site = copyExampleSite(dir.path());
    const QByteArray post = "---\ntitle: Bilder für alle\nimage: /images/news/okafor-seminar.jpg\n---\n\n"
                            "- **When:** Wednesday, May 7, 2025, 11:00am – 12:00pm PDT\n\n"
                            "![again]({{ site.baseurl }}/images/news/okafor-seminar.jpg)\n\n"
                            "![remote](https://elsewhere.example.com/pic.png)\n\n"
                            "![gone]({{ site.baseurl }}/images/news/not-there.png)\n";
    const ExportInput input = exportInputFromBytes(post, QStringLiteral("2025-05-01-bilder.md"), site);
    EmailDraft::Options options;
    options.inlineImages = true;
    options.subjectPrefix = QStringLiteral("[Seminar]");
    options.to = QStringLiteral("seminars@example.org");
    const EmailDraft::Result draft = EmailDraft::fromExport(input, options);
    const QByteArray &eml = draft.bytes;
    QCOMPARE(eml.count("Content-ID: <"), 1);   // the header image and the body's copy: one part
    QCOMPARE(eml.count("Content-Type: image/jpeg;"), 1);
    QVERIFY(eml.contains("Content-Disposition: inline;\r\n\tfilename=\"okafor-seminar.jpg\""));
    const QString html = QString::fromUtf8(decodeQuotedPrintable(eml.mid(eml.indexOf("text/html"))));
    QCOMPARE(html.count(QRegularExpression(QStringLiteral("src=\"cid:img1\\.[0-9a-f]+@lectern\""))), 2);
    QVERIFY(html.contains(QLatin1String("src=\"https://elsewhere.example.com/pic.png\"")));
    QVERIFY(html.contains(QLatin1String("src=\"https://scitech.example.org/lab/images/news/not-there.png\"")));
    const QString missing = draft.missing.join(QLatin1Char('\n'));
    QVERIFY2(missing.contains(QLatin1String("image https://elsewhere.example.com/pic.png is not from the site: left as a link")),
             qPrintable(missing));
    QVERIFY2(missing.contains(QLatin1String("not-there.png is not in the site")), qPrintable(missing));
    QVERIFY2(!missing.contains(QLatin1String("To:")) && !missing.contains(QLatin1String("invite")), qPrintable(missing));
    // The attached bytes are the file's.
    QFile jpeg(site + QStringLiteral("/images/news/okafor-seminar.jpg"));
    QVERIFY(jpeg.open(QIODevice::ReadOnly));
    QVERIFY(eml.contains(Mime::base64Lines(jpeg.readAll())));
}

void TestEmailDraft::draftWithoutTimeHasNoInvite()
{
    const ExportInput input = exportInputForFile(sourcePath(QStringLiteral("examples/site/_posts/2025-06-02-new-gpu-cluster.md")));
    const EmailDraft::Result draft = EmailDraft::fromExport(input, EmailDraft::Options());
    QVERIFY(!draft.bytes.contains("text/calendar"));
    QVERIFY(draft.bytes.contains("text/plain"));
    QVERIFY(draft.bytes.contains("text/html"));
    QVERIFY(draft.bytes.contains("\r\nSubject: New GPU Cluster \"Cedar\" Opens to All Lab Researchers\r\n"));
    QCOMPARE(draft.missing.size(), 2);
    QVERIFY2(draft.missing.at(0).startsWith(QLatin1String("no To: address")), qPrintable(draft.missing.join(QLatin1Char('|'))));
    QVERIFY2(draft.missing.at(1).startsWith(QLatin1String("no invite.ics attached: ")), qPrintable(draft.missing.join(QLatin1Char('|'))));
}

void TestEmailDraft::announceSettings_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("to");
    QTest::newRow("none") << QByteArray() << QString() << QString();
    QTest::newRow("prefix and one address")
        << QByteArray("fields:\n  - key: title\nannounce:\n  subject_prefix: \"[Seminar]\"\n  to: seminars@example.org\n")
        << QStringLiteral("[Seminar]") << QStringLiteral("seminars@example.org");
    QTest::newRow("a list of addresses") << QByteArray("announce:\n  to:\n    - a@example.org\n    - Lab <b@example.org>\n")
                                         << QString() << QStringLiteral("a@example.org, Lab <b@example.org>");
    QTest::newRow("broken YAML gives nothing") << QByteArray("announce: [\n") << QString() << QString();
}

void TestEmailDraft::announceSettings()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, prefix);
    QFETCH(QString, to);
    const SiteAnnounce announce = SiteAnnounce::read(yaml);
    QCOMPARE(announce.subjectPrefix, prefix);
    QCOMPARE(announce.to, to);
}

QTEST_GUILESS_MAIN(TestEmailDraft)
#include "tst_emaildraft.moc"
