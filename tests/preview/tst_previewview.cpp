// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewview.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>

using namespace Lectern;

class TestPreviewView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsPushedBody();
};

namespace {
QString pageText(PreviewView &view)
{
    QString text;
    bool done = false;
    view.page()->toPlainText([&](const QString &t) { text = t; done = true; });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return text;
}
} // namespace

void TestPreviewView::showsPushedBody()
{
    PreviewView view;
    view.resize(800, 600);
    view.show();
    QSignalSpy updated(&view, &PreviewView::contentUpdated);
    view.setBodyHtml(QStringLiteral("<h2>Bio:</h2><p>first</p>"));
    QVERIFY(updated.wait(20000));
    const QString text = pageText(view);
    QVERIFY2(text.contains(QStringLiteral("first")), qPrintable(text));
    view.setBodyHtml(QStringLiteral("<p>second</p>"));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("second")), 10000);
}

QTEST_MAIN(TestPreviewView)
#include "tst_previewview.moc"
