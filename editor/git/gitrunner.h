// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Lectern {

// What one run of the `git` program gave.
struct GitResult
{
    bool started = false;     // false: git could not be run (not installed), error says so
    bool cancelled = false;   // killed on request
    int exitCode = -1;
    QByteArray out;           // stdout, bytes as git wrote them (paths UTF-8: core.quotepath=off)
    QByteArray err;           // stderr
    bool ok() const { return started && !cancelled && exitCode == 0; }
    // stderr (else stdout) as text, trimmed: what to show the user when ok() is false.
    QString message() const;
};

// Runs `git -c core.quotepath=off ARGS` in a folder and waits, in the calling thread (lectern-cli, or
// PublishJob's worker thread: never the GUI thread). The environment is the user's, so SSH agent,
// credential helpers, hooks, signing and proxies from git's configuration work unchanged
// (docs/publishing.md), plus LC_ALL=C so the messages parsed are git's own English and, when
// noPrompt is set, GIT_TERMINAL_PROMPT=0 so a missing credential fails instead of waiting on a
// terminal nobody sees.
class GitRunner final
{
public:
    explicit GitRunner(const QString &workDir, const std::atomic_bool *cancel = nullptr, bool noPrompt = false);
    // Runs git with ARGS; STDIN (when given) is written to its standard input. When *cancel becomes
    // true the process is terminated within ~50 ms (SIGTERM, so git removes its lock files;
    // SIGKILL after 2 s) and the result says cancelled.
    GitResult run(const QStringList &args, const QByteArray &stdinData = QByteArray()) const;
    QString workDir() const { return m_workDir; }
    // Sets NAME=VALUE in git's environment for the following runs (GIT_INDEX_FILE for a scratch index).
    void setEnv(const QString &name, const QString &value) { m_env.append({name, value}); }

private:
    QString m_workDir;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_noPrompt = false;
    QList<QPair<QString, QString>> m_env;
};

} // namespace Lectern
