// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowcheck.h"

#include "appoptions.h"
#include "exacttext.h"
#include "frontmatterform.h"
#include "installlayout.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "postopening.h"
#include "previewpane.h"
#include "previewview.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace Lectern::WindowCheck {

namespace {

// Runs the event loop until done() or the deadline; true when done() held.
template<typename Done>
bool waitFor(Done done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// True once every image of the page has finished loading (or failed): the grab then shows them.
bool imagesSettled(PreviewView *preview)
{
    bool ready = false;
    bool settled = false;
    preview->page()->runJavaScript(QStringLiteral("Array.prototype.every.call(document.images,function(i){return i.complete;})"),
                                   QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                                       settled = v.toBool();
                                       ready = true;
                                   });
    waitFor([&] { return ready; }, 5000);
    return settled;
}

QString previewText(PreviewView *preview)
{
    QString text;
    bool ready = false;
    preview->page()->toPlainText([&](const QString &t) {
        text = t;
        ready = true;
    });
    waitFor([&] { return ready; }, 5000);
    return text;
}

} // namespace

int run(MainWindow &window, const AppOptions &options)
{
    QTextStream err(stderr);
    // What the program ships beside itself (helpers, translations, templates): wherever it is installed,
    // the self-test says where it found each and fails when one is missing.
    bool installComplete = true;
    if (options.selfTest) {
        for (const QString &line : InstallLayout::check()) {
            err << "self-test: " << line << Qt::endl;
            installComplete = installComplete && !line.startsWith(QLatin1String("missing:"));
        }
    }
    window.resize(1280, 800);
    window.show();
    // With no post to open, the check ends with the installation and the window.
    if (options.selfTest && options.path.isEmpty() && options.screenshot.isEmpty()) {
        const bool shown = window.isVisible() && window.form() && window.editor() && window.preview();
        if (!shown)
            err << "self-test: FAIL: the window did not show its panes" << Qt::endl;
        else if (installComplete)
            err << "self-test: OK: installation and window" << Qt::endl;
        return shown && installComplete ? 0 : 1;
    }
    if (!options.path.isEmpty() && !window.openPath(options.path)) {
        err << QApplication::translate("main", "self-test: could not open %1").arg(options.path) << Qt::endl;
        return 2;
    }
    // The post is read off the GUI thread: wait until it is in the form and the editor.
    if (!options.path.isEmpty()
        && (!waitFor([&] { return !window.opening()->isBusy(); }, 60000) || window.document()->path().isEmpty())) {
        err << QApplication::translate("main", "self-test: could not open %1").arg(options.path) << Qt::endl;
        return 2;
    }
    bool updated = false;
    QObject::connect(window.preview(), &PreviewView::contentUpdated, &window, [&] { updated = true; });
    // The first update may already have happened before we connected: wait for the next paint either way.
    const bool painted = waitFor([&] { return updated || !previewText(window.preview()).trimmed().isEmpty(); }, 20000);
    PreviewView *target = window.preview();
    if (options.previewTab == QLatin1String("card")) {
        target = window.previewPane()->showCardTab();
        waitFor([&] { return target->isShellLoaded() && !previewText(target).trimmed().isEmpty(); }, 20000);
    }
    // A site page reloads once its layout is rendered: wait for that page and its images.
    waitFor([&] { return target->isShellLoaded() && imagesSettled(target); }, 10000);
    // Give the compositor a frame so the grab shows the pushed content.
    waitFor([] { return false; }, 300);

    if (!options.screenshot.isEmpty()) {
        const QPixmap shot = window.grab();
        if (!shot.save(options.screenshot)) {
            err << QApplication::translate("main", "cannot write %1").arg(options.screenshot) << Qt::endl;
            return 2;
        }
        if (!options.selfTest)
            return painted ? 0 : 1;
    }

    QStringList failures;
    if (!installComplete)
        failures << QStringLiteral("the installation is incomplete");
    if (!painted)
        failures << QStringLiteral("the preview never painted");
    const PostDocument *doc = window.document();
    const QString title = doc->post().frontMatter().scalar(QStringLiteral("title"));
    if (doc->path().isEmpty())
        failures << QStringLiteral("no post is open");
    // A title that is not one value (a list, a map) has no line edit: the form shows it as YAML.
    const QLineEdit *titleEdit = window.form()->titleEdit();
    if (!titleEdit || titleEdit->text() != title || title.isEmpty())
        failures << QStringLiteral("the form does not show the post's title");
    // A folded body (an over-long line) is shown broken into rows, read-only.
    if (!window.editor()->isFolded() && exactText(window.editor()->document()) != doc->body())
        failures << QStringLiteral("the editor does not hold the post's body");
    const QString shown = previewText(window.preview()).simplified();
    if (shown.isEmpty())
        failures << QStringLiteral("the preview is empty");
    for (const QString &f : std::as_const(failures))
        err << "self-test: FAIL: " << f << Qt::endl;
    if (failures.isEmpty())
        err << "self-test: OK: " << title << Qt::endl;
    return failures.isEmpty() ? 0 : 1;
}

} // namespace Lectern::WindowCheck
