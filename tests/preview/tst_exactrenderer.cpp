// SPDX-License-Identifier: GPL-3.0-or-later
// The exact renderer (issue 17, part 1): the site's own Jekyll renders the editor's unsaved post
// through resources/jekyll/lectern-render.rb. Skipped with a message when Ruby's jekyll is absent.
#include "backgroundpriority.h"
#include "exactrenderer.h"
#include "render/kramdownkinds.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/types.h>

using namespace Lectern;

namespace {

const QString kSeed = QStringLiteral("_posts/2025-03-19-lumi-ai-factories.md");

// A plugin that leaves a file behind if it ever runs.
void addMarkerPlugin(const QString &site, const QString &marker)
{
    LecternTest::writeFile(site + QStringLiteral("/_plugins/marker.rb"),
                           QByteArrayLiteral("File.write(") + '"' + marker.toUtf8() + '"' + QByteArrayLiteral(", 'ran')\n"));
}

} // namespace

class TestExactRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersTheRequest_data();
    void rendersTheRequest();
    void untrustedSiteRunsNoPlugin_data();
    void untrustedSiteRunsNoPlugin();
    void liquidErrorGivesItsLine();
    void helperKilledMidRequestIsRestartedOnce();
    void windowsHelperYieldsTheCpuToTyping();
    void hangHitsTheTimeoutThenGivesUp();
    void missingRubySaysWhatToInstall();
    void missingSiteGemNamesIt();
    void siteChangeOnDiskIsReadAgain();
    void sassIsCompiledByJekyll();
    void trustedBundleRunsWithBundler_data();
    void trustedBundleRunsWithBundler();
    void trustedSiteWithMissingGemsStaysBuiltIn();
    void speaksKramdownThroughJekyll_data();
    void speaksKramdownThroughJekyll();

private:
    QString m_site;
    std::unique_ptr<ExactRenderer> m_defaults;   // examples/site as it is, for the kinds' rows
};

void TestExactRenderer::initTestCase()
{
    QProcess ruby;
    ruby.start(QStringLiteral("ruby"), {QStringLiteral("-e"), QStringLiteral("require 'jekyll'")});
    if (!ruby.waitForFinished(30000) || ruby.exitStatus() != QProcess::NormalExit || ruby.exitCode() != 0)
        QSKIP("Ruby's jekyll gem is not installed (sudo apt install jekyll): the exact renderer cannot be tested");
    m_site = LecternTest::sourcePath(QStringLiteral("examples/site"));
}

void TestExactRenderer::rendersTheRequest_data()
{
    QTest::addColumn<QString>("frontMatter");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("pageHas");     // in the whole page
    QTest::addColumn<QStringList>("bodyHas");     // in the body HTML
    QTest::addColumn<QStringList>("bodyHasNot");

    const QString fm = QStringLiteral("title: \"An unsaved title\"\ncategories: [seminar]\n");
    QTest::newRow("unsaved body text is rendered, not the file's")
        << fm << QStringLiteral("Words typed but *not saved*.\n")
        << QStringList{QStringLiteral("<em>not saved</em>")}
        << QStringList{QStringLiteral("<p>Words typed but <em>not saved</em>.</p>")}
        << QStringList{QStringLiteral("LUMI")};
    QTest::newRow("front-matter title reaches the layout's <title> and heading")
        << fm << QStringLiteral("Body.\n")
        << QStringList{QStringLiteral("<title>An unsaved title | SciTech Lab News &amp; Seminars</title>"),
                       QStringLiteral("<h1 class=\"post-title\">An unsaved title</h1>")}
        << QStringList{} << QStringList{};
    QTest::newRow("site defaults give the layout when the front matter names none")
        << QStringLiteral("title: No layout key\n") << QStringLiteral("Body.\n")
        << QStringList{QStringLiteral("<article class=\"post\">")} << QStringList{} << QStringList{};
    QTest::newRow("a Liquid include in the body renders the site's include")
        << fm << QStringLiteral("Before.\n\n{% include footer.html %}\n")
        << QStringList{} << QStringList{QStringLiteral("class=\"site-footer\"")} << QStringList{QStringLiteral("{%")};
    QTest::newRow("kramdown {::comment} is hidden from the body")
        << fm << QStringLiteral("Seen.\n\n{::comment}\ninternal note\n{:/comment}\n\nAlso seen.\n")
        << QStringList{} << QStringList{QStringLiteral("<p>Seen.</p>"), QStringLiteral("<p>Also seen.</p>")}
        << QStringList{QStringLiteral("internal note</p>"), QStringLiteral("{::comment}")};
    QTest::newRow("kramdown typography: smart quotes, dashes, ellipsis, guillemets")
        << fm << QStringLiteral("\"Quoted\" -- en, --- em, and... <<Bienvenue>>\n")
        << QStringList{}
        << QStringList{QStringLiteral("“Quoted”"), QStringLiteral("– en"), QStringLiteral("— em"), QStringLiteral("and…"),
                       QStringLiteral("«Bienvenue»")}
        << QStringList{};
    QTest::newRow("kramdown footnote ids are fn:name")
        << fm << QStringLiteral("Claim.[^src]\n\n[^src]: The source.\n")
        << QStringList{} << QStringList{QStringLiteral("id=\"fn:src\""), QStringLiteral("href=\"#fnref:src\"")}
        << QStringList{};
}

void TestExactRenderer::rendersTheRequest()
{
    QFETCH(QString, frontMatter);
    QFETCH(QString, body);
    QFETCH(QStringList, pageHas);
    QFETCH(QStringList, bodyHas);
    QFETCH(QStringList, bodyHasNot);

    ExactRenderer renderer;
    QSignalSpy ready(&renderer, &ExactRenderer::ready);
    renderer.start(m_site, true);
    const ExactResult result = renderer.waitFor(renderer.render(kSeed, frontMatter, body));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(result.jekyllVersion, renderer.jekyllVersion());
    QVERIFY(!result.jekyllVersion.isEmpty());
    QVERIFY(result.html.contains(result.bodyHtml.trimmed()));
    for (const QString &s : pageHas)
        QVERIFY2(result.html.contains(s), qPrintable(s + QStringLiteral(" not in the page:\n") + result.html));
    for (const QString &s : bodyHas)
        QVERIFY2(result.bodyHtml.contains(s), qPrintable(s + QStringLiteral(" not in the body:\n") + result.bodyHtml));
    for (const QString &s : bodyHasNot)
        QVERIFY2(!result.bodyHtml.contains(s), qPrintable(s + QStringLiteral(" in the body:\n") + result.bodyHtml));
}

void TestExactRenderer::untrustedSiteRunsNoPlugin_data()
{
    QTest::addColumn<bool>("trusted");
    QTest::newRow("untrusted: safe mode, the plugin never runs") << false;
    QTest::newRow("trusted: the plugin runs (the marker proves the check can fail)") << true;
}

void TestExactRenderer::untrustedSiteRunsNoPlugin()
{
    QFETCH(bool, trusted);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString site = LecternTest::copyExampleSite(dir.path());
    const QString marker = dir.filePath(QStringLiteral("plugin-ran"));
    addMarkerPlugin(site, marker);

    ExactRenderer renderer;
    renderer.start(site, trusted);
    const ExactResult result = renderer.waitFor(renderer.render(kSeed, QStringLiteral("title: T\n"), QStringLiteral("Hello\n")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.bodyHtml.contains(QStringLiteral("<p>Hello</p>")));
    QCOMPARE(QFileInfo::exists(marker), trusted);
    QVERIFY2(!QFileInfo::exists(site + QStringLiteral("/_site")), "the helper wrote the site's destination");
    QVERIFY2(!QFileInfo::exists(site + QStringLiteral("/.jekyll-cache")), "the helper wrote a cache into the site");
}

void TestExactRenderer::liquidErrorGivesItsLine()
{
    ExactRenderer renderer;
    renderer.start(m_site, false);
    const ExactResult result = renderer.waitFor(
        renderer.render(kSeed, QStringLiteral("title: T\n"), QStringLiteral("One.\n\n{% if page.title %}\nTwo.\n")));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("never closed")), qPrintable(result.error));
    QVERIFY(result.line > 0);
    // The helper is still there for the next keystroke.
    const ExactResult next = renderer.waitFor(renderer.render(kSeed, QStringLiteral("title: T\n"), QStringLiteral("Fixed.\n")));
    QVERIFY2(next.ok, qPrintable(next.error));
}

void TestExactRenderer::helperKilledMidRequestIsRestartedOnce()
{
    ExactRenderer renderer;
    renderer.setExtraEnvironment({QStringLiteral("LECTERN_HELPER_TEST=1")});
    renderer.start(m_site, false);
    QVERIFY(renderer.waitFor(renderer.render(kSeed, QString(), QStringLiteral("Warm.\n"))).ok);
    const qint64 first = renderer.processId();
    QVERIFY(first > 0);

    QSignalSpy answers(&renderer, &ExactRenderer::rendered);
    QSignalSpy gaveUp(&renderer, &ExactRenderer::unavailable);
    // The helper is busy with a slow request when it dies; the render queued behind it is sent again.
    renderer.request(QJsonObject{{QStringLiteral("cmd"), QStringLiteral("sleep")}, {QStringLiteral("seconds"), 1.5}});
    const int id = renderer.render(kSeed, QString(), QStringLiteral("After the crash.\n"));
    QVERIFY(::kill(pid_t(first), SIGKILL) == 0);
    const ExactResult result = renderer.waitFor(id);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.bodyHtml.contains(QStringLiteral("After the crash.")));
    QVERIFY(renderer.processId() != first);
    QCOMPARE(gaveUp.size(), 0);
    QCOMPARE(renderer.state(), ExactRenderer::State::Ready);
}

// The window's helper loads and renders the site at a lower CPU priority than the window's GUI
// thread (a 10,000-post site keeps Jekyll busy for seconds); lectern-cli's, which it waits for, not.
void TestExactRenderer::windowsHelperYieldsTheCpuToTyping()
{
#ifndef Q_OS_LINUX
    QSKIP("nice values are read from /proc (Linux)");
#else
    // Field 19 of /proc/PID/stat: the nice value (after the command, which is in parentheses).
    auto niceOf = [](qint64 pid) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return -100;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        return fields.size() > 16 ? fields.at(16).toInt() : -100;   // fields from 3 on: 19 is index 16
    };
    const int own = niceOf(QCoreApplication::applicationPid());
    for (const bool background : {true, false}) {
        ExactRenderer renderer;
        renderer.setBackground(background);
        renderer.start(m_site, false);
        QVERIFY(renderer.waitFor(renderer.render(kSeed, QString(), QStringLiteral("Warm.\n"))).ok);
        QCOMPARE(niceOf(renderer.processId()), background ? qMin(own + BackgroundPriority::kNice, 19) : own);
    }
#endif
}

void TestExactRenderer::hangHitsTheTimeoutThenGivesUp()
{
    ExactRenderer renderer;
    renderer.setExtraEnvironment({QStringLiteral("LECTERN_HELPER_TEST=1")});
    renderer.setTimeouts(8000, 800);   // after the restart the re-sent hang waits the first timeout
    renderer.start(m_site, false);
    QVERIFY(renderer.waitFor(renderer.render(kSeed, QString(), QStringLiteral("Warm.\n"))).ok);
    QSignalSpy gaveUp(&renderer, &ExactRenderer::unavailable);

    const QJsonObject hang{{QStringLiteral("cmd"), QStringLiteral("sleep")}, {QStringLiteral("seconds"), 60}};
    const ExactResult hung = renderer.waitFor(renderer.request(hang));
    QVERIFY(!hung.ok);
    QVERIFY2(hung.error.contains(QStringLiteral("did not answer")), qPrintable(hung.error));
    // Restarted once: the next render works.
    const ExactResult after = renderer.waitFor(renderer.render(kSeed, QString(), QStringLiteral("Back.\n")));
    QVERIFY2(after.ok, qPrintable(after.error));
    QCOMPARE(gaveUp.size(), 0);

    // Two failures in a row: the renderer gives up and says so.
    renderer.request(hang);
    const ExactResult second = renderer.waitFor(renderer.request(hang));
    QVERIFY(!second.ok);
    QTRY_COMPARE_WITH_TIMEOUT(gaveUp.size(), 1, 30000);
    QCOMPARE(renderer.state(), ExactRenderer::State::Unavailable);
    QVERIFY2(renderer.unavailableReason().contains(QStringLiteral("stopped")), qPrintable(renderer.unavailableReason()));
    const ExactResult refused = renderer.waitFor(renderer.render(kSeed, QString(), QStringLiteral("x\n")));
    QVERIFY(!refused.ok);
}

void TestExactRenderer::missingRubySaysWhatToInstall()
{
    ExactRenderer renderer;
    renderer.setRubyProgram(QStringLiteral("/nonexistent/bin/ruby"));
    QSignalSpy gaveUp(&renderer, &ExactRenderer::unavailable);
    renderer.start(m_site, false);
    const ExactResult result = renderer.waitFor(renderer.render(kSeed, QString(), QStringLiteral("x\n")));
    QVERIFY(!result.ok);
    QCOMPARE(gaveUp.size(), 1);
    QVERIFY2(gaveUp.first().first().toString().contains(QStringLiteral("apt install jekyll")),
             qPrintable(gaveUp.first().first().toString()));
}

void TestExactRenderer::missingSiteGemNamesIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString site = LecternTest::copyExampleSite(dir.path());
    QFile config(site + QStringLiteral("/_config.yml"));
    QVERIFY(config.open(QIODevice::Append));
    config.write("plugins:\n  - jekyll-lectern-absent-plugin\n");
    config.close();

    ExactRenderer renderer;
    QSignalSpy gaveUp(&renderer, &ExactRenderer::unavailable);
    renderer.start(site, true);
    QVERIFY(!renderer.waitUntilReady());
    QCOMPARE(gaveUp.size(), 1);
    const QString reason = gaveUp.first().first().toString();
    QVERIFY2(reason.contains(QStringLiteral("jekyll-lectern-absent-plugin")) && reason.contains(QStringLiteral("bundle install")),
             qPrintable(reason));
}

void TestExactRenderer::siteChangeOnDiskIsReadAgain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString site = LecternTest::copyExampleSite(dir.path());
    ExactRenderer renderer;
    renderer.start(site, false);
    const QString body = QStringLiteral("{% include note.html %}\n");
    LecternTest::writeFile(site + QStringLiteral("/_includes/note.html"), "<p class=\"note\">first</p>\n");
    QVERIFY(renderer.waitFor(renderer.render(kSeed, QString(), body)).bodyHtml.contains(QStringLiteral("first")));
    // A later mtime than the site was read at (file systems with coarse mtimes: set it).
    LecternTest::writeFile(site + QStringLiteral("/_includes/note.html"), "<p class=\"note\">second</p>\n");
    QFile note(site + QStringLiteral("/_includes/note.html"));
    QVERIFY(note.open(QIODevice::ReadWrite));
    QVERIFY(note.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    note.close();
    const ExactResult result = renderer.waitFor(renderer.render(kSeed, QString(), body));
    QVERIFY2(result.bodyHtml.contains(QStringLiteral("second")), qPrintable(result.bodyHtml));
}

void TestExactRenderer::sassIsCompiledByJekyll()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString site = LecternTest::copyExampleSite(dir.path());
    LecternTest::writeFile(site + QStringLiteral("/_sass/colours.scss"), "$accent: #336699;\n");
    LecternTest::writeFile(site + QStringLiteral("/assets/css/main.scss"),
                           "---\n---\n@import \"colours\";\n.post-title { color: $accent; a { color: darken($accent, 10%); } }\n");
    ExactRenderer renderer;
    renderer.start(site, false);
    const ExactResult css = renderer.waitFor(renderer.compileStylesheet(QStringLiteral("assets/css/main.scss")));
    QVERIFY2(css.ok, qPrintable(css.error));
    QVERIFY2(css.css.contains(QStringLiteral(".post-title a")) && css.css.contains(QStringLiteral("#336699")),
             qPrintable(css.css));
    // Twice: the page's own source is compiled again, not the CSS of the last time.
    QCOMPARE(renderer.waitFor(renderer.compileStylesheet(QStringLiteral("assets/css/main.scss"))).css.trimmed(), css.css.trimmed());
    QVERIFY(!QFileInfo::exists(site + QStringLiteral("/.sass-cache")));
    QVERIFY(!QFileInfo::exists(site + QStringLiteral("/_site")));
}

void TestExactRenderer::trustedBundleRunsWithBundler_data()
{
    QTest::addColumn<QByteArray>("gem");
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<bool>("bundler");
    QTest::newRow("trusted, gems installed: bundle exec") << QByteArray("jekyll") << true << true;
    QTest::newRow("untrusted: the Gemfile is never loaded") << QByteArray("jekyll") << false << false;
}

// A trusted site whose Gemfile's gems are not installed: no render with the system Jekyll (it would
// lack the site's plugin gems), the gems named with what to run (issue 17: say what to install and
// stay on the built-in renderer).
void TestExactRenderer::trustedSiteWithMissingGemsStaysBuiltIn()
{
    if (QStandardPaths::findExecutable(QStringLiteral("bundle")).isEmpty())
        QSKIP("bundler is not installed (sudo apt install ruby-bundler)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString site = LecternTest::copyExampleSite(dir.path());
    LecternTest::writeFile(site + QStringLiteral("/Gemfile"), "source \"https://rubygems.org\"\ngem \"jekyll-lectern-absent\"\n");
    const QByteArray lock = "GEM\n  remote: https://rubygems.org/\n  specs:\n    jekyll-lectern-absent (1.0.0)\n\n"
                            "PLATFORMS\n  ruby\n\nDEPENDENCIES\n  jekyll-lectern-absent\n";
    LecternTest::writeFile(site + QStringLiteral("/Gemfile.lock"), lock);
    ExactRenderer renderer;
    QSignalSpy unavailable(&renderer, &ExactRenderer::unavailable);
    renderer.start(site, true);
    QVERIFY(!renderer.waitUntilReady());
    QCOMPARE(renderer.state(), ExactRenderer::State::Unavailable);
    QCOMPARE(unavailable.count(), 1);
    const QString reason = renderer.unavailableReason();
    QVERIFY2(reason.contains(QStringLiteral("“jekyll-lectern-absent”")) && reason.contains(QStringLiteral("bundle install")),
             qPrintable(reason));
    QVERIFY(!renderer.waitFor(renderer.render(kSeed, QStringLiteral("title: T\n"), QStringLiteral("Hello\n"))).ok);
    QCOMPARE(LecternTest::readAll(site + QStringLiteral("/Gemfile.lock")), lock);
}

void TestExactRenderer::trustedBundleRunsWithBundler()
{
    QFETCH(QByteArray, gem);
    QFETCH(bool, trusted);
    QFETCH(bool, bundler);
    if (QStandardPaths::findExecutable(QStringLiteral("bundle")).isEmpty())
        QSKIP("bundler is not installed (sudo apt install ruby-bundler)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString site = LecternTest::copyExampleSite(dir.path());
    LecternTest::writeFile(site + QStringLiteral("/Gemfile"), "gem \"" + gem + "\"\n");
    QProcess lock;   // a lock file as a real site has one
    lock.setWorkingDirectory(site);
    lock.start(QStringLiteral("bundle"), {QStringLiteral("lock"), QStringLiteral("--local")});
    QVERIFY(lock.waitForFinished(60000));
    if (lock.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("bundle lock --local failed here: ") + QString::fromLocal8Bit(lock.readAllStandardError())));
    const QByteArray lockBytes = LecternTest::readAll(site + QStringLiteral("/Gemfile.lock"));

    ExactRenderer renderer;
    renderer.start(site, trusted);
    const ExactResult result = renderer.waitFor(renderer.render(kSeed, QStringLiteral("title: T\n"), QStringLiteral("Hello\n")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(renderer.isUsingBundler(), bundler);
    QCOMPARE(LecternTest::readAll(site + QStringLiteral("/Gemfile.lock")), lockBytes);
}

// Each kramdown kind of issue 17 (kramdownkinds.h, the rows tst_kramdown gives the built-in renderer)
// through the site's own Jekyll: the same fragment. A row with `kramdown:` settings gets a copy of the
// site with them in its _config.yml.
void TestExactRenderer::speaksKramdownThroughJekyll_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QString>("expected");
    for (const LecternTest::KramdownKind &kind : LecternTest::kramdownKinds())
        QTest::newRow(kind.name) << kind.markdown << kind.settings << kind.expected;
}

void TestExactRenderer::speaksKramdownThroughJekyll()
{
    QFETCH(QString, markdown);
    QFETCH(QVariantMap, settings);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    std::unique_ptr<ExactRenderer> own;
    ExactRenderer *renderer = nullptr;
    if (settings.isEmpty()) {
        if (!m_defaults) {
            m_defaults = std::make_unique<ExactRenderer>();
            m_defaults->start(m_site, false);
        }
        renderer = m_defaults.get();
    } else {
        const QString site = LecternTest::copyExampleSite(dir.path());
        QByteArray yaml("\nkramdown:\n");
        for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
            const QByteArray value = it->typeId() == QMetaType::Bool ? QByteArray(it->toBool() ? "true" : "false")
                                                                      : '"' + it->toString().toUtf8() + '"';
            yaml += "  " + it.key().toUtf8() + ": " + value + '\n';
        }
        QFile config(site + QStringLiteral("/_config.yml"));
        QVERIFY(config.open(QIODevice::Append));
        config.write(yaml);
        config.close();
        own = std::make_unique<ExactRenderer>();
        own->start(site, false);
        renderer = own.get();
    }
    const ExactResult result = renderer->waitFor(renderer->render(kSeed, QStringLiteral("title: Kinds\n"), markdown));
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString html = LecternTest::comparableHtml(result.bodyHtml);
    const QString want = LecternTest::comparableHtml(expected);
    QVERIFY2(html.contains(want), qPrintable(QStringLiteral("expected ") + want + QStringLiteral(" in\n") + html));
}

QTEST_GUILESS_MAIN(TestExactRenderer)
#include "tst_exactrenderer.moc"
