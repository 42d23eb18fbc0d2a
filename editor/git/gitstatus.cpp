// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitstatus.h"

namespace Lectern {

namespace {

// The PATH field after N space-separated fields (a path may contain spaces, never NUL).
QString fieldsThenPath(const QByteArray &record, int fields, QList<QByteArray> *before)
{
    qsizetype at = 0;
    for (int i = 0; i < fields; ++i) {
        const qsizetype space = record.indexOf(' ', at);
        if (space < 0)
            return QString();
        before->append(record.mid(at, space - at));
        at = space + 1;
    }
    return QString::fromUtf8(record.mid(at));
}

} // namespace

GitStatus GitStatus::parse(const QByteArray &text)
{
    GitStatus status;
    const QList<QByteArray> records = text.split('\0');
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QByteArray &r = records.at(i);
        if (r.startsWith("# branch.oid ")) {
            const QByteArray oid = r.mid(13);
            status.oid = oid == "(initial)" ? QString() : QString::fromLatin1(oid);
        } else if (r.startsWith("# branch.head ")) {
            const QByteArray head = r.mid(14);
            status.detached = head == "(detached)";
            status.head = status.detached ? QString() : QString::fromUtf8(head);
        } else if (r.startsWith("# branch.upstream ")) {
            status.upstream = QString::fromUtf8(r.mid(18));
        } else if (r.startsWith("# branch.ab ")) {
            const QList<QByteArray> ab = r.mid(12).split(' ');
            if (ab.size() == 2) {
                status.ahead = ab.at(0).mid(1).toInt();
                status.behind = ab.at(1).mid(1).toInt();
            }
        } else if (r.startsWith("1 ") || r.startsWith("2 ") || r.startsWith("u ")) {
            // 1 XY sub mH mI mW hH hI path; 2 XY sub mH mI mW hH hI Xscore path NUL origPath;
            // u XY sub m1 m2 m3 mW h1 h2 h3 path
            const char kind = r.at(0);
            const int fields = kind == '1' ? 8 : kind == '2' ? 9 : 10;
            QList<QByteArray> before;
            GitChange change;
            change.path = fieldsThenPath(r, fields, &before);
            if (change.path.isEmpty() || before.size() < 2 || before.at(1).size() != 2)
                continue;
            change.index = before.at(1).at(0);
            change.worktree = before.at(1).at(1);
            change.unmerged = kind == 'u';
            if (kind == '2' && i + 1 < records.size())
                change.origPath = QString::fromUtf8(records.at(++i));
            status.changes << change;
        } else if (r.startsWith("? ")) {
            GitChange change;
            change.path = QString::fromUtf8(r.mid(2));
            change.untracked = true;
            change.index = change.worktree = '?';
            status.changes << change;
        }
    }
    return status;
}

const GitChange *GitStatus::find(const QString &path) const
{
    for (const GitChange &c : changes) {
        if (c.path == path)
            return &c;
    }
    return nullptr;
}

} // namespace Lectern
