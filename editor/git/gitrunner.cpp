// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitrunner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace Lectern {

QString GitResult::message() const
{
    const QByteArray text = err.trimmed().isEmpty() ? out.trimmed() : err.trimmed();
    return QString::fromUtf8(text);
}

GitRunner::GitRunner(const QString &workDir, const std::atomic_bool *cancel, bool noPrompt)
    : m_workDir(workDir), m_cancel(cancel), m_noPrompt(noPrompt)
{
}

GitResult GitRunner::run(const QStringList &args, const QByteArray &stdinData) const
{
    GitResult result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    if (m_noPrompt)
        env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    for (const auto &[name, value] : m_env)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_workDir);
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("core.quotepath=off")} + args);
    if (!process.waitForStarted()) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.started = true;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    while (!process.waitForFinished(50)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (m_cancel && m_cancel->load()) {
            // SIGTERM first: git removes its lock files (index.lock, ref locks) on it; SIGKILL would
            // leave them behind and block the next git command.
            process.terminate();
            if (!process.waitForFinished(2000)) {
                process.kill();
                process.waitForFinished();
            }
            result.cancelled = true;
            break;
        }
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace Lectern
