// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QPointer>

#include <functional>

class QThread;

namespace Lectern {

class PostDocument;
class Site;
struct ExportInput;
struct ExportWarning;

// File → Export ▸: copies or saves the open post (with its unsaved edits) as an HTML snippet,
// an e-mail (text/html + text/plain), a poster (PDF), a sharing image (PNG), a calendar event or an
// e-mail draft (.eml).
class ExportMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportMenu)

public:
    explicit ExportMenu(PostDocument *document, QWidget *parent = nullptr);
    ~ExportMenu() override;
    // The open site: exports take its _config.yml instead of reading it again. Not owned.
    void setSite(Site *site) { m_site = site; }
    // The body as the site's own Jekyll rendered the post as it is now (ExactPreview::currentBodyHtml),
    // or a null string: exports use it instead of the built-in render when there is one (issue 17).
    void setExactBodySource(std::function<QString()> source) { m_exactBody = std::move(source); }

Q_SIGNALS:
    // A short confirmation or problem for the status bar.
    void message(const QString &text);
    // After every poster, sharing image and e-mail draft: DONE as message() had it and what the file
    // could not fill or had to shorten (empty: nothing), for ExportNoticeBar.
    void gaps(const QString &done, const QStringList &gaps);

private:
    ExportInput input(QList<ExportWarning> *warnings) const;
    QString withWarning(const QString &done, const QList<ExportWarning> &warnings) const;
    void copyHtml();
    void copyEmail();
    void saveSnippet();
    void savePoster();
    void saveCard();
    void saveAnnouncement(bool card);
    void saveCalendar();
    void saveEmailDraft(bool inlineImages);
    void offerToOpen(const QString &path);
    // BASE_NAME: the proposed file's name without suffix; the post's file name when empty.
    QString askPath(const QString &title, const QString &suffix, const QString &filter,
                    const QString &baseName = QString());
    bool write(const QString &path, const QByteArray &bytes);

    PostDocument *m_document = nullptr;
    Site *m_site = nullptr;
    QPointer<QThread> m_drawing;   // the poster or card being drawn, off the GUI thread
    std::function<QString()> m_exactBody;
};

} // namespace Lectern
