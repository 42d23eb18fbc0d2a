// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

// A unified line diff for people comparing two versions of a post (recovered vs disk, mine vs theirs).
class LineDiff final
{
public:
    // "--- oldName / +++ newName" then one hunk with up to three lines of context; empty when equal.
    static QString unified(const QString &oldText, const QString &newText, const QString &oldName,
                           const QString &newName);
};

} // namespace Lectern
