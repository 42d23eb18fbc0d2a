// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowstate.h"

#include "mainwindow.h"
#include "postdocument.h"
#include "postopening.h"
#include "previewpane.h"
#include "siteindex.h"
#include "sitepaths.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

namespace Lectern {

namespace {

const QString kVersion = QStringLiteral("windowState/version");
const QString kGeometry = QStringLiteral("windowState/geometry");
const QString kSplitter = QStringLiteral("windowState/splitter");
const QString kPreviewTab = QStringLiteral("windowState/previewTab");
const QString kOutline = QStringLiteral("windowState/outline");
const QString kPost = QStringLiteral("windowState/post");
const QString kSite = QStringLiteral("windowState/site");
const QString kRecentPosts = QStringLiteral("windowState/recentPosts");
const QString kRecentSites = QStringLiteral("windowState/recentSites");
const QString kCardTab = QStringLiteral("card");
const QString kPostTab = QStringLiteral("post");

QString normalised(const QString &path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// A saved list as it may come back from a hand-edited or foreign file: only absolute paths, each
// once, at most MaxRecent.
QStringList cleanedList(const QVariant &value)
{
    QStringList out;
    if (value.typeId() != QMetaType::QStringList && value.typeId() != QMetaType::QVariantList
        && value.typeId() != QMetaType::QString)
        return out;
    const QStringList paths = value.toStringList();
    for (const QString &path : paths) {
        if (!QDir::isAbsolutePath(path))
            continue;
        const QString clean = QDir::cleanPath(path);
        if (!out.contains(clean))
            out << clean;
        if (out.size() == WindowState::MaxRecent)
            break;
    }
    return out;
}

void putFirst(QStringList *list, const QString &path)
{
    list->removeAll(path);
    list->prepend(path);
    while (list->size() > WindowState::MaxRecent)
        list->removeLast();
}

QString menuText(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

WindowState::WindowState(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("Open &Recent"), window))
{
    m_menu->setObjectName(QStringLiteral("openRecentMenu"));
    m_menu->setToolTipsVisible(true);
    // Files come and go while Lectern runs: look again each time the menu opens.
    connect(m_menu, &QMenu::aboutToShow, this, &WindowState::rebuildMenu);
    auto opened = [this](const QString &path) {
        if (path.isEmpty())
            return;
        if (const QString root = SitePaths::findSiteRoot(path); !root.isEmpty())
            addRecentSite(root);
        addRecentPost(path);
    };
    connect(window->opening(), &PostOpening::opened, this, opened);
    connect(window->opening(), &PostOpening::opened, this, [this] { tell(QString()); });
    connect(window->document(), &PostDocument::pathChanged, this, opened);   // Save As, rename
    rebuildMenu();
}

WindowState::~WindowState() = default;

bool WindowState::restore(const QString &path)
{
    m_remembering = true;
    QSettings settings;
    bool known = false;
    const int version = settings.value(kVersion).toInt(&known);
    QString lastPost;
    QString lastSite;
    if (known && version == Version) {
        m_window->restoreGeometry(settings.value(kGeometry).toByteArray());
        // The splitter's sizes fit its width only once the restored geometry is laid out.
        m_splitterState = settings.value(kSplitter).toByteArray();
        if (m_window->isVisible())
            m_window->splitter()->restoreState(m_splitterState);
        else
            m_window->installEventFilter(this);
        if (settings.value(kPreviewTab).toString() == kCardTab)
            m_window->previewPane()->showCardTab();
        m_window->outlineAction()->setChecked(settings.value(kOutline, true).toBool());
        m_posts = cleanedList(settings.value(kRecentPosts));
        m_sites = cleanedList(settings.value(kRecentSites));
        lastPost = cleanedList(settings.value(kPost)).value(0);
        lastSite = cleanedList(settings.value(kSite)).value(0);
    }
    rebuildMenu();

    if (!path.isEmpty())
        return m_window->openPath(path);   // what the user named: its errors are shown as always
    const bool siteThere = !lastSite.isEmpty() && QFileInfo(lastSite).isDir();
    if (!lastPost.isEmpty()) {
        if (QFileInfo(lastPost).isFile())
            return m_window->openPath(lastPost);
        if (siteThere) {
            m_window->siteIndex()->open(lastSite);   // the post list offers the site's other posts
            tell(tr("The post last open, %1, is gone; choose one from the list.").arg(QDir::toNativeSeparators(lastPost)));
        } else {
            tell(tr("The post last open, %1, is gone; nothing opened.").arg(QDir::toNativeSeparators(lastPost)));
        }
        return false;
    }
    if (lastSite.isEmpty())
        return false;   // first start, or settings of another version
    QString error;
    const QString post = siteThere ? SitePaths::postToOpen(lastSite, &error) : QString();
    if (!post.isEmpty())
        return m_window->openPath(post);
    tell(siteThere ? error : tr("The site last open, %1, is gone; nothing opened.").arg(QDir::toNativeSeparators(lastSite)));
    return false;
}

bool WindowState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show) {
        m_window->removeEventFilter(this);
        m_window->splitter()->restoreState(m_splitterState);
    }
    return QObject::eventFilter(watched, event);
}

void WindowState::tell(const QString &notice)
{
    if (notice.isEmpty()) {
        if (m_notice)
            m_notice->hide();
        return;
    }
    if (!m_notice) {
        m_notice = new QLabel;
        m_notice->setObjectName(QStringLiteral("windowStateNotice"));
        m_window->statusBar()->addPermanentWidget(m_notice);
    }
    m_notice->setText(notice);
    m_notice->show();
}

void WindowState::save()
{
    if (!m_remembering)
        return;
    QSettings settings;
    settings.setValue(kVersion, Version);
    settings.setValue(kGeometry, m_window->saveGeometry());
    settings.setValue(kSplitter, m_window->splitter()->saveState());
    const bool card = m_window->previewPane()->tabs()->currentIndex() == PreviewPane::CardTab;
    settings.setValue(kPreviewTab, card ? kCardTab : kPostTab);
    settings.setValue(kOutline, m_window->outlineAction()->isChecked());
    settings.setValue(kPost, normalised(m_window->document()->path()));
    settings.setValue(kSite, normalised(m_window->siteIndex()->root()));
    settings.setValue(kRecentPosts, m_posts);
    settings.setValue(kRecentSites, m_sites);
}

void WindowState::saveRecent()
{
    if (!m_remembering)
        return;
    // Written at once, so a crash does not lose them; the version goes with them.
    QSettings settings;
    settings.setValue(kVersion, Version);
    settings.setValue(kRecentPosts, m_posts);
    settings.setValue(kRecentSites, m_sites);
}

void WindowState::addRecentPost(const QString &path)
{
    const QString clean = normalised(path);
    if (clean.isEmpty() || m_posts.value(0) == clean)
        return;
    putFirst(&m_posts, clean);
    saveRecent();
    rebuildMenu();
}

void WindowState::addRecentSite(const QString &root)
{
    const QString clean = normalised(root);
    if (clean.isEmpty() || m_sites.value(0) == clean)
        return;
    putFirst(&m_sites, clean);
    saveRecent();
    rebuildMenu();
}

void WindowState::clearRecent()
{
    m_posts.clear();
    m_sites.clear();
    saveRecent();
    rebuildMenu();
}

void WindowState::rebuildMenu()
{
    // The old entries die later: rebuildMenu() also runs from an entry's own triggered() (Clear Recent).
    for (QAction *action : m_menu->actions()) {
        m_menu->removeAction(action);
        action->deleteLater();   // all ours: entries and separators
    }
    auto addAction = [this](const QString &text) {
        auto *action = new QAction(text, this);
        m_menu->addAction(action);
        return action;
    };
    auto addEntry = [this, &addAction](const QString &path, const QString &text, bool exists) {
        QAction *action = addAction(exists ? text : tr("%1 (missing)").arg(text));
        action->setData(path);
        action->setToolTip(exists ? QDir::toNativeSeparators(path)
                                  : tr("%1 does not exist any more.").arg(QDir::toNativeSeparators(path)));
        action->setStatusTip(action->toolTip());
        action->setEnabled(exists);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    };
    int number = 0;
    for (const QString &post : std::as_const(m_posts)) {
        const QFileInfo info(post);
        const QString site = SitePaths::findSiteRoot(info.absolutePath());
        const QString where = QFileInfo(site.isEmpty() ? info.absolutePath() : site).fileName();
        ++number;
        const QString shortcut = number <= 9 ? QStringLiteral("&%1 ").arg(number) : QString();
        addEntry(post, shortcut + tr("%1 — %2").arg(menuText(info.fileName()), menuText(where)), info.isFile());
    }
    if (!m_posts.isEmpty() && !m_sites.isEmpty())
        m_menu->addSeparator();
    for (const QString &site : std::as_const(m_sites)) {
        const QFileInfo info(site);
        addEntry(site, tr("Site “%1” — its newest post").arg(menuText(info.fileName())), info.isDir());
    }
    if (m_posts.isEmpty() && m_sites.isEmpty())
        addAction(tr("No recent posts or sites"))->setEnabled(false);
    m_menu->addSeparator();
    QAction *clear = addAction(tr("&Clear Recent"));
    clear->setObjectName(QStringLiteral("clearRecent"));
    clear->setEnabled(!m_posts.isEmpty() || !m_sites.isEmpty());
    connect(clear, &QAction::triggered, this, &WindowState::clearRecent);
}

} // namespace Lectern
