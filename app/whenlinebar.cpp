// SPDX-License-Identifier: GPL-3.0-or-later
#include "whenlinebar.h"

#include "eventdate.h"
#include "editcommand.h"
#include "editsession.h"
#include "messagebar.h"
#include "postdocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>

namespace Lectern {

void pushBodyEdit(EditSession *session, qsizetype position, qsizetype length, const QString &text, const QString &label)
{
    // A macro of one: the command cannot merge with the typing before it.
    session->undoStack()->beginMacro(label);
    session->push(new BodyCommand(session, position, session->document()->body().mid(position, length), text));
    session->undoStack()->endMacro();
}

WhenLineBar::WhenLineBar(EditSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_document(session->document())
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("whenLineBar"));
    styleMessageBar(this, QColor(0xe3, 0xef, 0xfb), QColor(0x0b, 0x2a, 0x4a));
    m_text->setWordWrap(true);
    auto *update = new QPushButton(tr("Update When: Line"), this);
    update->setObjectName(QStringLiteral("updateWhenLineButton"));
    auto *keep = new QPushButton(tr("Keep As Is"), this);
    keep->setObjectName(QStringLiteral("keepWhenLineButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(update);
    layout->addWidget(keep);
    connect(update, &QPushButton::clicked, this, &WhenLineBar::updateWhenLine);
    connect(keep, &QPushButton::clicked, this, &WhenLineBar::dismiss);
    connect(m_document, &PostDocument::loaded, this, [this] {
        m_whenDay = EventDate::frontMatterDay(m_document->post().frontMatter());
        hide();
    });
    connect(m_document, &PostDocument::frontMatterChanged, this, [this](const QString &key) {
        if (key.isEmpty() || key == QLatin1String("date"))
            follow();
    });
    // The line edited by hand to match (or away from the old day): the offer is moot.
    connect(m_document, &PostDocument::bodyChanged, this, [this] {
        if (isVisible())
            follow();
    });
    hide();
}

WhenLineBar::~WhenLineBar() = default;

void WhenLineBar::follow()
{
    const QDate day = EventDate::frontMatterDay(m_document->post().frontMatter());
    const EventDate::BodyEdit edit = EventDate::whenLineUpdate(m_document->body(), m_whenDay, day);
    if (!edit.isValid()) {
        hide();
        m_whenDay = day;
        return;
    }
    const QString now = m_document->body().mid(edit.position, edit.length);
    m_text->setText(tr("The date is now %1, but the When: line still says “%2”. Change it to “%3”?")
                        .arg(QLocale().toString(day, QLocale::LongFormat), now, edit.text));
    show();
}

void WhenLineBar::updateWhenLine()
{
    const QDate day = EventDate::frontMatterDay(m_document->post().frontMatter());
    const EventDate::BodyEdit edit = EventDate::whenLineUpdate(m_document->body(), m_whenDay, day);
    hide();
    m_whenDay = day;
    if (edit.isValid())
        pushBodyEdit(m_session, edit.position, edit.length, edit.text, tr("Update When: line"));
}

void WhenLineBar::dismiss()
{
    hide();
    m_whenDay = EventDate::frontMatterDay(m_document->post().frontMatter());
}

} // namespace Lectern
