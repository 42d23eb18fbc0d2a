// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
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
    QString subjectPrefix;   // trimmed; empty when unset
    QString to;              // addresses separated by ", "; empty when unset

    // OVERRIDES: the text of .lectern.yml. An empty, unparsable or announce-less file gives an
    // empty SiteAnnounce (the site's other settings are checked by `lectern-cli schema`).
    static SiteAnnounce read(const QByteArray &overrides);
    // Reads SITE_ROOT/.lectern.yml, else SITE_ROOT/_lectern.yml (the names Site reads); empty when
    // SITE_ROOT is empty or neither file can be read.
    static SiteAnnounce load(const QString &siteRoot);
};

} // namespace Lectern
