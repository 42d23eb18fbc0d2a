// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;

namespace Lectern {

// The bar above the panes after an export that left something out (issue 19: "each export says
// what it could not fill"): the confirmation and one line per gap ("no speaker …", "the abstract
// was shortened to fit"), word-wrapped and selectable, until the user closes it, another export
// reports, or another post opens. The status bar's line is cut by its permanent widgets and goes
// after seconds; a list of gaps needs to stay readable, as KDE applications show such results in
// a KMessageWidget.
class ExportNoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportNoticeBar)

public:
    explicit ExportNoticeBar(QWidget *parent = nullptr);
    ~ExportNoticeBar() override;

    // Shows DONE ("Poster saved: talk.pdf") with GAPS under it, one translated sentence each;
    // hides the bar when GAPS is empty.
    void showGaps(const QString &done, const QStringList &gaps);
    // The status bar's line for DONE: DONE itself, or with NOTES "DONE: see the notes above the
    // editor" (the notes themselves go to showGaps()).
    static QString statusLine(const QString &done, bool notes);
    // The text shown, as plain text (for tests and accessibility): DONE, then each gap on its line.
    QString plainText() const;

private:
    QLabel *m_text = nullptr;
    QString m_plain;
};

} // namespace Lectern
