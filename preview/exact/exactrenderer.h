// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>

class QTimer;

namespace Lectern {

// One answer of the site's Jekyll (resources/jekyll/lectern-render.rb). ok false: error says why
// (a Liquid or YAML error with its 1-based body/front-matter line when Jekyll gives one, or
// "the exact renderer stopped: …" when the helper gave up or was stopped with the request open).
struct ExactResult
{
    int id = 0;
    bool ok = false;
    QString html;        // the whole page: the site's layout chain around the body (render requests)
    QString bodyHtml;    // the post's body: Liquid, then the site's Markdown converter (kramdown)
    QString css;         // a "sass" request's stylesheet, compiled by Jekyll's own converter
    QString path;        // ... and its Sass page ("assets/css/main.scss", relative to the root)
    QString url;         // ... and the URL Jekyll writes it to ("/assets/css/main.css", no baseurl)
    QString error;
    int line = 0;        // 0: unknown
    QString jekyllVersion;   // "4.3.1"
    qint64 elapsedMs = 0;    // request written to answer read, measured here

    // The error for a person reading the post file: "line 41: Liquid syntax error: Unknown tag
    // 'hello'" (translated). Liquid counts lines from the body's first; BODY_FIRST_LINE (the file
    // line the body starts on, PostFile::bodyFirstLine) turns that into the file's line, and
    // Liquid's own "(line N)" is taken out so the line is said once. Just the error without a line.
    QString errorInFile(int bodyFirstLine) const;
};

// The site's own Jekyll as a render service (issue 17): a Ruby helper process that loads the site
// once and renders the editor's unsaved post through the layout chain, includes, Liquid, kramdown
// with the site's options and, for a trusted site, its plugins. Qt Core only, so lectern-cli uses
// it too. Everything is asynchronous (QProcess signals); nothing here blocks but waitFor().
//
// Which Ruby: a trusted site with a Gemfile and Gemfile.lock whose gems are installed (`bundle check
// --dry-run` succeeds; BUNDLE_FROZEN, so the lock file is never rewritten) runs
// `bundle exec ruby` (Jekyll's own choice for `bundle exec jekyll build`); when its gems are missing
// (the gems `bundle check` names are said), Bundler is not installed or `bundle check` does not
// answer, it gives up: the preview stays on the built-in render (issue 17), since the system Jekyll
// without the site's plugin gems would show another page. Any other site runs the system `ruby`
// with the system `jekyll` gem and never loads the Gemfile. An untrusted site is
// rendered in Jekyll's safe mode (no _plugins/*.rb, only whitelisted plugin gems; Jekyll docs,
// "Configuration options: safe"). Nothing of the site's runs before start() is called: the caller
// asks about trust first.
//
// Failures: an answer that does not come within the timeout (firstTimeoutMs until the helper has
// answered once, warmTimeoutMs after) or a helper that exits kills it and starts it again once,
// re-sending the open requests; a second failure in a row gives up: unavailable() with the reason,
// open requests answered with ok false. A missing Ruby, Jekyll or site gem gives up at once, with
// what to install (installHint()).
class ExactRenderer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExactRenderer)

public:
    enum class State { Stopped, Starting, Ready, Unavailable };
    Q_ENUM(State)

    explicit ExactRenderer(QObject *parent = nullptr);
    ~ExactRenderer() override;

    // For tests: the Ruby and bundle programs (empty: found in PATH) and the timeouts in ms.
    void setRubyProgram(const QString &program) { m_ruby = program; }
    void setBundleProgram(const QString &program) { m_bundle = program; }
    void setTimeouts(int firstMs, int warmMs) { m_firstTimeoutMs = firstMs; m_warmTimeoutMs = warmMs; }
    // Extra environment for the helper ("NAME=value"), e.g. LECTERN_HELPER_TEST=1 in tests.
    void setExtraEnvironment(const QStringList &environment) { m_extraEnvironment = environment; }
    // True: helpers started from now on run at a lower CPU priority (BackgroundPriority: nice +10
    // on Linux), as the window's other background work does, so that reading a large site never
    // takes a core from typing. The window's preview sets it; lectern-cli, which waits for the
    // helper, leaves it false (the default).
    void setBackground(bool background) { m_background = background; }

    // Starts the helper for the site folder ROOT (absolute or relative; canonicalised). TRUSTED:
    // the user agreed to run the site's code (plugins, Gemfile). Restarting with another root or
    // trust stops the old helper first (its open requests fail). Returns at once; ready() or
    // unavailable() follows.
    void start(const QString &root, bool trusted);
    void stop();

    State state() const { return m_state; }
    QString siteRoot() const { return m_root; }
    bool isTrusted() const { return m_trusted; }
    bool isUsingBundler() const { return m_bundler; }
    QString jekyllVersion() const { return m_version; }
    // Why the helper is unavailable, for the status bar: one sentence with what to install.
    QString unavailableReason() const { return m_reason; }
    // The helper's process id (0: none), for tests that kill it mid-request.
    qint64 processId() const;

    // Queues a render of the post at PATH (relative to the root, e.g. "_posts/2025-03-19-x.md", or
    // absolute inside it) with FRONT_MATTER (the YAML between the --- lines, without them) and BODY
    // (the Markdown after them), the editor's unsaved text. Returns the request id; rendered()
    // answers it. Before start() or after giving up: answered with ok false on the next event loop
    // pass.
    int render(const QString &path, const QString &frontMatter, const QString &body);
    // Compiles the site's Sass stylesheet at PATH ("assets/css/main.scss"; empty: the first .scss or
    // .sass page of the site) with Jekyll's converter; the answer carries css.
    int compileStylesheet(const QString &path = QString());
    // Any request object (the id is set here); for tests' "sleep" and "exit" commands.
    int request(const QJsonObject &object);

    // Runs a local event loop until request ID is answered (or the renderer gives up). For the
    // command line only: never call it on the GUI thread of the window.
    ExactResult waitFor(int id);
    // Runs a local event loop until the helper is ready or unavailable; true when ready.
    bool waitUntilReady();

    // The message for a missing program or gem, naming what to install. MISSING: "ruby",
    // "jekyll", "bundle" (the Gemfile's gems, unnamed), "bundler" (the program) or gem names
    // (joined by ”, “); ROOT: the site folder for `bundle install`.
    static QString installHint(const QString &missing, const QString &root, bool bundler);
    // The helper script (the resource, or $LECTERN_JEKYLL_HELPER for a development copy).
    static QString helperScript();

Q_SIGNALS:
    void ready(const QString &jekyllVersion);
    void rendered(const Lectern::ExactResult &result);
    // The helper gave up; REASON is unavailableReason(). Emitted once per start().
    void unavailable(const QString &reason);
    void stateChanged(Lectern::ExactRenderer::State state);

private:
    struct Pending
    {
        QJsonObject request;
        QElapsedTimer sent;
    };

    void launch();
    void startHelper(bool bundler);
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void onTimeout();
    void handleLine(const QByteArray &line);
    void killHelper();   // stops the helper process, if any, and drops its pending timeout
    void failure(const QString &what);
    void giveUp(const QString &reason);
    void send(int id);
    void armTimer();
    void setState(State state);
    void answerLater(int id, const QString &error);

    QString m_ruby;
    QString m_bundle;
    QStringList m_extraEnvironment;
    int m_firstTimeoutMs = 10000;
    int m_warmTimeoutMs = 5000;

    QString m_root;
    bool m_trusted = false;
    bool m_background = false;
    bool m_bundler = false;
    State m_state = State::Stopped;
    QString m_version;
    QString m_reason;
    QProcess *m_process = nullptr;
    QProcess *m_bundleCheck = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_buffer;
    QByteArray m_stderr;          // the helper's last words, for a crash message
    QHash<int, Pending> m_pending;
    QList<int> m_order;           // pending ids in the order written
    int m_nextId = 1;
    int m_failures = 0;           // crashes or timeouts in a row
    bool m_answeredOnce = false;
    int m_launch = 0;             // bumps on each process start: signals of an old one are ignored
};

} // namespace Lectern

Q_DECLARE_METATYPE(Lectern::ExactResult)
