// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lectern {

// A problem found in a post, located in the file (1-based line and column; 0 when unknown).
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    int line = 0;
    int column = 0;
    QString message;

    // "file:line:col: error: message", the form compilers and `lectern-cli check` use.
    QString format(const QString &fileName) const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace Lectern
