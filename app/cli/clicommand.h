// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Lectern::Cli {

// Exit codes every command shares. StoppedOnConflict: publish stopped because a file changed on both
// sides, nothing lost; GitFailed: a git step failed (hook, offline, rejected push), what was committed is kept.
enum ExitCode { Ok = 0, CheckFailed = 1, BadInput = 2, KeyNotFound = 3, StoppedOnConflict = 4, GitFailed = 5 };

struct Io
{
    QTextStream &out;
    QTextStream &err;
};

// One subcommand: `lectern-cli NAME ARGS...`. Each lives in its own cmd_NAME.cpp.
struct Command
{
    const char *name;
    const char *synopsis;   // shown by `lectern-cli --help`
    int (*run)(const QStringList &args, Io &io);
};

// The table of all commands (commands.cpp).
const QList<Command> &commands();

// Shared helpers for commands.
QString tr(const char *text);

} // namespace Lectern::Cli
