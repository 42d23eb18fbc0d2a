// SPDX-License-Identifier: GPL-3.0-or-later
#include "exactrenderer.h"

#include "backgroundpriority.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace Lectern {

namespace {

constexpr qsizetype kStderrKeep = 4000;

QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.last()).trimmed();
}

} // namespace

ExactRenderer::ExactRenderer(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<Lectern::ExactResult>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ExactRenderer::onTimeout);
}

ExactRenderer::~ExactRenderer()
{
    stop();
}

QString ExactRenderer::helperScript()
{
    const QString override = qEnvironmentVariable("LECTERN_JEKYLL_HELPER");
    QFile file(override.isEmpty() ? QStringLiteral(":/jekyll/lectern-render.rb") : override);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString ExactResult::errorInFile(int bodyFirstLine) const
{
    static const QRegularExpression liquidLine(QStringLiteral("\\s*\\(line \\d+\\)"));
    QString text = error;
    text.remove(liquidLine);
    if (line <= 0)
        return text;
    return QCoreApplication::translate("Lectern::ExactRenderer", "line %1: %2").arg(line + std::max(bodyFirstLine, 1) - 1).arg(text);
}

QString ExactRenderer::installHint(const QString &missing, const QString &root, bool bundler)
{
    if (missing == QLatin1String("ruby"))
        return tr("Exact preview needs Ruby and Jekyll: install them with “sudo apt install jekyll”.");
    if (missing == QLatin1String("jekyll"))
        return tr("Exact preview needs Jekyll: install it with “sudo apt install jekyll” (or “gem install jekyll”).");
    if (missing == QLatin1String("bundle"))
        return tr("The site's Gemfile gems are not installed: run “bundle install” in %1.").arg(QDir::toNativeSeparators(root));
    if (missing == QLatin1String("bundler"))
        return tr("The site has a Gemfile: its exact preview needs Bundler (“sudo apt install ruby-bundler”), then “bundle install” in %1.")
            .arg(QDir::toNativeSeparators(root));
    if (bundler)
        return tr("The site needs the Ruby gem “%1”: run “bundle install” in %2.").arg(missing, QDir::toNativeSeparators(root));
    return tr("The site needs the Ruby gem “%1”: run “bundle install” in %2, or “gem install %1”.")
        .arg(missing, QDir::toNativeSeparators(root));
}

void ExactRenderer::start(const QString &root, bool trusted)
{
    stop();
    const QString canonical = QFileInfo(root).canonicalFilePath();
    m_root = canonical.isEmpty() ? QFileInfo(root).absoluteFilePath() : canonical;
    m_trusted = trusted;
    m_reason.clear();
    m_version.clear();
    m_failures = 0;
    setState(State::Starting);
    launch();
}

void ExactRenderer::stop()
{
    ++m_launch;
    m_timer->stop();
    if (m_bundleCheck) {
        m_bundleCheck->disconnect(this);
        m_bundleCheck->kill();
        m_bundleCheck->waitForFinished(1000);
        delete m_bundleCheck;
        m_bundleCheck = nullptr;
    }
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
        m_process = nullptr;
    }
    const QList<int> open = m_order;
    for (int id : open)
        answerLater(id, tr("the exact renderer was stopped"));
    m_pending.clear();
    m_order.clear();
    m_buffer.clear();
    if (m_state != State::Unavailable)
        setState(State::Stopped);
}

// Which Ruby runs the site: the bundle only for a trusted site whose Gemfile's gems are installed.
void ExactRenderer::launch()
{
    // Only with a lock file: bundler writes one where there is none, and nothing is written to the site.
    const bool gemfile = QFileInfo::exists(QDir(m_root).filePath(QStringLiteral("Gemfile")))
                         && QFileInfo::exists(QDir(m_root).filePath(QStringLiteral("Gemfile.lock")));
    const QString bundle = m_bundle.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("bundle")) : m_bundle;
    // A trusted site runs with its own gems or not at all (issue 17: when the site's gems are missing,
    // say what to install and stay on the built-in render): the system Jekyll without the site's
    // plugin gems would show another page, or fail on their tags.
    if (m_trusted && gemfile && bundle.isEmpty()) {
        giveUp(installHint(QStringLiteral("bundler"), m_root, false));
        return;
    }
    if (!m_trusted || !gemfile) {
        startHelper(false);
        return;
    }
    // `bundle check` evaluates the Gemfile (Ruby code): only ever for a trusted site.
    m_bundleCheck = new QProcess(this);
    m_bundleCheck->setWorkingDirectory(m_root);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BUNDLE_GEMFILE"), QDir(m_root).filePath(QStringLiteral("Gemfile")));
    env.insert(QStringLiteral("BUNDLE_FROZEN"), QStringLiteral("true"));   // the lock file stays as it is
    m_bundleCheck->setProcessEnvironment(env);
    m_bundleCheck->setProcessChannelMode(QProcess::MergedChannels);
    const int launch = m_launch;
    auto decided = [this, launch](bool ok) {
        if (launch != m_launch || !m_bundleCheck)
            return;
        m_timer->stop();
        const QString output = QString::fromLocal8Bit(m_bundleCheck->readAll());
        m_bundleCheck->deleteLater();
        m_bundleCheck->disconnect(this);
        m_bundleCheck = nullptr;
        if (ok) {
            startHelper(true);
            return;
        }
        // "The following gems are missing\n * jekyll-seo-tag (2.8.0)\n…": name them.
        static const QRegularExpression gemLine(QStringLiteral("^\\s*\\*\\s+(\\S+)"), QRegularExpression::MultilineOption);
        QStringList gems;
        for (auto it = gemLine.globalMatch(output); it.hasNext();)
            gems << it.next().captured(1);
        giveUp(gems.isEmpty() ? installHint(QStringLiteral("bundle"), m_root, true)
                              : installHint(gems.join(QLatin1String("”, “")), m_root, true));
    };
    connect(m_bundleCheck, &QProcess::finished, this, [this, decided](int code, QProcess::ExitStatus status) {
        decided(status == QProcess::NormalExit && code == 0);
    });
    connect(m_bundleCheck, &QProcess::errorOccurred, this, [decided](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            decided(false);
    });
    m_timer->start(m_firstTimeoutMs);
    m_bundleCheck->start(bundle, {QStringLiteral("check"), QStringLiteral("--dry-run")});
}

void ExactRenderer::startHelper(bool bundler)
{
    m_bundler = bundler;
    const QString ruby = m_ruby.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("ruby")) : m_ruby;
    if (ruby.isEmpty() || (!m_ruby.isEmpty() && !QFileInfo(m_ruby).isExecutable())) {
        giveUp(installHint(QStringLiteral("ruby"), m_root, false));
        return;
    }
    const QString scriptFile = qEnvironmentVariable("LECTERN_JEKYLL_HELPER");
    const QString script = scriptFile.isEmpty() ? helperScript() : QString();
    if (scriptFile.isEmpty() && script.isEmpty()) {
        giveUp(tr("The exact renderer's script is missing from this build of Lectern."));
        return;
    }
    // The script travels as -e: nothing to find on disk in a build tree or an install.
    QStringList args = scriptFile.isEmpty() ? QStringList{QStringLiteral("-e"), script} : QStringList{scriptFile};
    args << QStringLiteral("--") << m_root;
    if (!m_trusted)
        args << QStringLiteral("--safe");
    QString program = ruby;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (bundler) {
        args << QStringLiteral("--bundler");
        args.prepend(QStringLiteral("ruby"));
        args.prepend(QStringLiteral("exec"));
        program = m_bundle.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("bundle")) : m_bundle;
        env.insert(QStringLiteral("BUNDLE_GEMFILE"), QDir(m_root).filePath(QStringLiteral("Gemfile")));
        env.insert(QStringLiteral("BUNDLE_FROZEN"), QStringLiteral("true"));
    } else {
        // The Gemfile stays unread: no bundler from the environment either.
        env.remove(QStringLiteral("BUNDLE_GEMFILE"));
        env.remove(QStringLiteral("RUBYOPT"));
        env.insert(QStringLiteral("JEKYLL_NO_BUNDLER_REQUIRE"), QStringLiteral("true"));
    }
    for (const QString &entry : std::as_const(m_extraEnvironment)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq > 0)
            env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(m_root);
    m_process->setProcessEnvironment(env);
#ifdef Q_OS_UNIX
    if (m_background)   // in the child, between fork and exec; exec keeps the nice value
        m_process->setChildProcessModifier(&BackgroundPriority::lowerCurrentThread);
#endif
    m_buffer.clear();
    m_stderr.clear();
    m_answeredOnce = false;
    const int launch = ++m_launch;
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this, launch] {
        if (launch == m_launch)
            onReadyRead();
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this, launch] {
        if (launch != m_launch)
            return;
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > kStderrKeep)
            m_stderr = m_stderr.right(kStderrKeep);
    });
    connect(m_process, &QProcess::finished, this, [this, launch](int code, QProcess::ExitStatus status) {
        if (launch == m_launch)
            onFinished(code, status);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this, launch](QProcess::ProcessError error) {
        if (launch == m_launch)
            onErrorOccurred(error);
    });
    m_process->start(program, args);
    for (int id : std::as_const(m_order))
        send(id);
    armTimer();
}

qint64 ExactRenderer::processId() const
{
    return m_process ? m_process->processId() : 0;
}

int ExactRenderer::render(const QString &path, const QString &frontMatter, const QString &body)
{
    QString relative = path;
    if (QFileInfo(path).isAbsolute()) {
        const QFileInfo info(path);
        const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
        relative = QDir(m_root).relativeFilePath((dir.isEmpty() ? info.absolutePath() : dir) + QLatin1Char('/') + info.fileName());
    }
    QJsonObject object;
    object.insert(QStringLiteral("path"), relative);
    object.insert(QStringLiteral("front_matter"), frontMatter);
    object.insert(QStringLiteral("body"), body);
    return request(object);
}

int ExactRenderer::compileStylesheet(const QString &path)
{
    QJsonObject object;
    object.insert(QStringLiteral("cmd"), QStringLiteral("sass"));
    object.insert(QStringLiteral("path"), path);
    return request(object);
}

int ExactRenderer::request(const QJsonObject &object)
{
    const int id = m_nextId++;
    if (m_state == State::Stopped || m_state == State::Unavailable) {
        answerLater(id, m_reason.isEmpty() ? tr("the exact renderer is not running") : m_reason);
        return id;
    }
    Pending pending;
    pending.request = object;
    pending.request.insert(QStringLiteral("id"), id);
    m_pending.insert(id, pending);
    m_order.append(id);
    if (m_process) {
        send(id);
        armTimer();
    }
    return id;
}

void ExactRenderer::send(int id)
{
    Pending &pending = m_pending[id];
    pending.sent.start();
    if (m_process)   // written while starting, QProcess keeps it until the pipe is open
        m_process->write(QJsonDocument(pending.request).toJson(QJsonDocument::Compact) + '\n');
}

void ExactRenderer::armTimer()
{
    if (m_order.isEmpty() || !m_process) {
        m_timer->stop();
        return;
    }
    m_timer->start(m_answeredOnce ? m_warmTimeoutMs : m_firstTimeoutMs);
}

void ExactRenderer::onReadyRead()
{
    m_buffer += m_process->readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        const int launch = m_launch;
        handleLine(line);
        if (launch != m_launch)
            return;   // gave up or restarted while handling
    }
}

void ExactRenderer::handleLine(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(line, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return;   // not ours (the helper keeps $stdout for the protocol, but be lenient)
    if (object.contains(QStringLiteral("fatal"))) {
        const QString missing = object.value(QStringLiteral("missing")).toString();
        const QString fatal = object.value(QStringLiteral("fatal")).toString();
        if (!missing.isEmpty())
            giveUp(installHint(missing, m_root, m_bundler));
        else
            giveUp(tr("The site's Jekyll could not load the site: %1").arg(fatal));
        return;
    }
    if (object.value(QStringLiteral("ready")).toBool()) {
        const bool first = m_state != State::Ready;
        m_version = object.value(QStringLiteral("jekyll")).toString();
        setState(State::Ready);
        if (first)
            Q_EMIT ready(m_version);
        return;
    }
    const int id = object.value(QStringLiteral("id")).toInt();
    if (!m_pending.contains(id))
        return;
    ExactResult result;
    result.id = id;
    result.ok = object.value(QStringLiteral("ok")).toBool();
    result.html = object.value(QStringLiteral("html")).toString();
    result.bodyHtml = object.value(QStringLiteral("body_html")).toString();
    result.css = object.value(QStringLiteral("css")).toString();
    result.path = object.value(QStringLiteral("path")).toString();
    result.url = object.value(QStringLiteral("url")).toString();
    result.error = object.value(QStringLiteral("error")).toString();
    result.line = object.value(QStringLiteral("line")).toInt();
    result.jekyllVersion = object.value(QStringLiteral("jekyll")).toString();
    result.elapsedMs = m_pending.value(id).sent.elapsed();
    m_pending.remove(id);
    m_order.removeOne(id);
    m_failures = 0;
    m_answeredOnce = true;
    armTimer();
    Q_EMIT rendered(result);
}

void ExactRenderer::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_state == State::Unavailable || m_state == State::Stopped)
        return;
    m_stderr += m_process->readAllStandardError();
    const QString detail = lastLine(m_stderr);
    failure(status == QProcess::CrashExit
                ? tr("the helper crashed%1").arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail)
                : tr("the helper exited with code %1%2").arg(exitCode).arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
}

void ExactRenderer::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart)
        giveUp(m_bundler ? installHint(QStringLiteral("bundler"), m_root, true) : installHint(QStringLiteral("ruby"), m_root, false));
}

void ExactRenderer::onTimeout()
{
    if (m_bundleCheck) {   // `bundle check` hangs: the site's gems cannot be confirmed
        m_bundleCheck->disconnect(this);
        m_bundleCheck->kill();
        m_bundleCheck->deleteLater();
        m_bundleCheck = nullptr;
        giveUp(tr("“bundle check” gave no answer within %1 s in %2: the fast preview is shown.")
                   .arg(m_firstTimeoutMs / 1000)
                   .arg(QDir::toNativeSeparators(m_root)));
        return;
    }
    if (m_order.isEmpty())
        return;
    // The request at the head hung: it would hang again, so it fails; the others are re-sent.
    const int head = m_order.takeFirst();
    m_pending.remove(head);
    const int seconds = (m_answeredOnce ? m_warmTimeoutMs : m_firstTimeoutMs) / 1000;
    const QString what = tr("no answer within %n s", nullptr, seconds);
    answerLater(head, tr("the site's Jekyll did not answer: %1").arg(what));
    failure(what);
}

void ExactRenderer::killHelper()
{
    ++m_launch;   // answers of the old process are ignored from here on
    m_timer->stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        m_process->deleteLater();
        m_process = nullptr;
    }
}

void ExactRenderer::failure(const QString &what)
{
    ++m_failures;
    killHelper();
    if (m_failures > 1) {
        giveUp(tr("The exact preview stopped: %1.").arg(what));
        return;
    }
    setState(State::Starting);
    startHelper(m_bundler);   // once: the open requests are sent again
}

void ExactRenderer::giveUp(const QString &reason)
{
    killHelper();
    m_reason = reason;
    const QList<int> open = m_order;
    m_order.clear();
    m_pending.clear();
    for (int id : open)
        answerLater(id, reason);
    setState(State::Unavailable);
    Q_EMIT unavailable(reason);
}

void ExactRenderer::answerLater(int id, const QString &error)
{
    ExactResult result;
    result.id = id;
    result.error = error;
    QMetaObject::invokeMethod(this, [this, result] { Q_EMIT rendered(result); }, Qt::QueuedConnection);
}

void ExactRenderer::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

ExactResult ExactRenderer::waitFor(int id)
{
    ExactResult found;
    bool done = false;
    QEventLoop loop;
    const QMetaObject::Connection c = connect(this, &ExactRenderer::rendered, &loop, [&](const ExactResult &r) {
        if (r.id != id)
            return;
        found = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    disconnect(c);
    return found;
}

bool ExactRenderer::waitUntilReady()
{
    if (m_state == State::Ready)
        return true;
    if (m_state != State::Starting)
        return false;
    QEventLoop loop;
    connect(this, &ExactRenderer::stateChanged, &loop, [&](State state) {
        if (state == State::Ready || state == State::Unavailable || state == State::Stopped)
            loop.quit();
    });
    loop.exec();
    return m_state == State::Ready;
}

} // namespace Lectern
