// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextDocument>

namespace Lectern {

// The text of a plain-text editor exactly as typed. QTextDocument::toPlainText() also turns every
// no-break space into a plain space, which would change a post's bytes the user never touched.
inline QString exactText(const QTextDocument *document)
{
    QString text = document->toRawText();
    for (QChar &c : text) {
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = QLatin1Char('\n');
    }
    return text;
}

} // namespace Lectern
