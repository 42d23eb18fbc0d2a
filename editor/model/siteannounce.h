// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Lectern {

// `.lectern.yml`'s `announce:` block (docs/schema.md): what the e-mail draft export
// (EmailDraft) puts in its headers.
//
//     announce:
//       subject_prefix: "[Seminar]"     # put before the title in Subject:, with one space
//       to: seminars@example.org        # To: of the draft; a list or "a@x, b@y" for several
struct SiteAnnounce
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::SiteAnnounce)

public:
    QString subjectPrefix;   // trimmed; empty when unset
    QString to;              // addresses separated by ", "; empty when unset
    // Why the file gave nothing though it exists: "NAME:LINE:COLUMN: what the YAML parser says"
    // (translated), for the exports to say instead of dropping the prefix and To: silently. Empty
    // when the file was read (or there is none).
    QString problem;

    // OVERRIDES: the text of .lectern.yml, named NAME in problem. An empty or announce-less file
    // gives an empty SiteAnnounce; an unparsable one an empty SiteAnnounce with problem set.
    static SiteAnnounce read(const QByteArray &overrides, const QString &name = QStringLiteral(".lectern.yml"));
    // Reads SITE_ROOT/.lectern.yml, else SITE_ROOT/_lectern.yml (the names Site reads); empty when
    // SITE_ROOT is empty or neither file can be read (problem set when one exists but cannot be opened).
    static SiteAnnounce load(const QString &siteRoot);
};

} // namespace Lectern
