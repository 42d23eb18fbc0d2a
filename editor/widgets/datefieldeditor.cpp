// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefieldeditor.h"

#include "dateformat.h"
#include "frontmatter.h"

#include <QDateTimeEdit>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Lectern {

DateFieldEditor::DateFieldEditor(const Schema::Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QDateTimeEdit(this))
    , m_format(field.format.isEmpty() ? DateFormat::defaultFormat() : field.format)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setCalendarPopup(true);
    m_edit->setTimeSpec(Qt::LocalTime);
    const bool withTime = field.type == Schema::Type::DateTime || DateFormat::hasTime(m_format);
    m_edit->setDisplayFormat(withTime ? QLocale().dateTimeFormat(QLocale::ShortFormat)
                                      : QLocale().dateFormat(QLocale::LongFormat));
    m_edit->setDateTime(QDateTime(QDate::currentDate(), QTime(0, 0)));
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &DateFieldEditor::commit);
}

bool DateFieldEditor::canShow(const QString &text)
{
    return DateFormat::parse(text).valid;
}

void DateFieldEditor::showValue(const FrontMatter &fm)
{
    const QString text = fm.scalar(key());
    if (text == m_shown && !text.isEmpty())
        return;
    const DateFormat::Parsed parsed = DateFormat::parse(text);
    m_shown = text;
    if (!parsed.valid)
        return;
    m_format = parsed.format;
    m_hasOffset = parsed.dateTime.timeSpec() != Qt::LocalTime;
    m_offsetSeconds = m_hasOffset ? parsed.dateTime.offsetFromUtc() : 0;
    // The picker shows the time as written, not converted to this machine's zone.
    m_showing = true;
    m_edit->setDateTime(QDateTime(parsed.dateTime.date(), parsed.dateTime.time()));
    if (parsed.hasTime && !m_edit->displayFormat().contains(QLatin1Char('H'))
        && !m_edit->displayFormat().contains(QLatin1Char('h')))
        m_edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_showing = false;
}

void DateFieldEditor::showInherited(const QVariant &value)
{
    m_edit->setToolTip(tr("Site default: %1").arg(inheritedText(value)));
}

QWidget *DateFieldEditor::focusTarget() const { return m_edit; }

void DateFieldEditor::commit()
{
    if (m_showing)
        return;
    const QDateTime local = m_edit->dateTime();
    const QDateTime value = m_hasOffset ? QDateTime(local.date(), local.time(), QTimeZone(m_offsetSeconds)) : local;
    const QString text = DateFormat::write(value, m_format);
    if (text == m_shown)
        return;
    m_shown = text;
    emitScalar(text);
}

} // namespace Lectern
