// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "posteritem.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QStringList>

class QPaintDevice;

namespace Lectern {

struct PosterContent;

// The sharing image of issue 19: 1200×630 (the size Open Graph cards and lobby screens use), the
// site's name and the kind of event at the top, the title large, then speaker, date and place,
// over the featured image darkened by a gradient (or a plain brand-colour background without one).
class SharingCard final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::SharingCard)

public:
    static constexpr int kWidth = 1200;
    static constexpr int kHeight = 630;

    // Places everything in a kWidth×kHeight frame, measuring text on DEVICE; the same shrink-to-fit
    // and whole-word trimming as the poster. Parts left out are appended to *notes.
    static QList<PosterItem> layout(const PosterContent &content, QPaintDevice *device, QStringList *notes = nullptr);
    // The card as an RGB image of kWidth×kHeight.
    static QImage render(const PosterContent &content, QStringList *notes = nullptr);
    // render() saved as PNG to PATH atomically. False with *error when it cannot be written.
    static bool writePng(const PosterContent &content, const QString &path, QString *error, QStringList *notes = nullptr);
};

} // namespace Lectern
