// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefieldeditor.h"

#include "dateformat.h"
#include "frontmatter.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>

namespace Lectern {

namespace {

// QDateTimeEdit takes typing one section at a time, in its display format ("Friday, 9 May 2025"):
// a new user who selected the whole field and typed "9 May 2025", or "2025-05-09" as the file has it,
// was refused key by key. Typing over the whole selected text now writes free text, taken on Enter or
// on leaving the field when it is a date Jekyll reads (DateFormat::parse) or one in the locale's own
// formats; anything else is put back to the last date then (QAbstractSpinBox::CorrectToPreviousValue).
// Typing in one section, the arrow keys and the calendar work as before.
class TypedDateTimeEdit final : public QDateTimeEdit
{
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        QLineEdit *line = lineEdit();
        const bool printable = !event->text().isEmpty() && event->text().at(0).isPrint()
                               && !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
        if (printable && !m_free && !line->text().isEmpty() && line->selectedText() == line->text())
            m_free = true;   // everything selected: a new date typed whole
        if (!m_free) {
            QDateTimeEdit::keyPressEvent(event);
            return;
        }
        switch (event->key()) {
        case Qt::Key_Escape:   // the date as it was
            m_free = false;
            setDateTime(dateTime());
            event->accept();
            return;
        case Qt::Key_Return:   // (Tab and Backtab: focusNextPrevChild, which QWidget calls first)
        case Qt::Key_Enter:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            takeTyped();
            QDateTimeEdit::keyPressEvent(event);
            return;
        default: {
            if (m_forwarding) {   // the line edit left it (a bare Shift or Ctrl): on to the form
                event->ignore();
                return;
            }
            // Plain text editing: QDateTimeEdit's cursor handling would put the date back after the
            // first key (its sections no longer fit the text).
            const QSignalBlocker quiet(line);
            const QScopedValueRollback<bool> forwarding(m_forwarding, true);
            QCoreApplication::sendEvent(line, event);
            return;
        }
        }
    }

    // QWidget::event moves the focus on Tab before keyPressEvent sees it, and QDateTimeEdit moves to
    // its next section then, reading the typed text with its own parser (the year 2000 for
    // "2025-07-01"). After free typing, Tab takes the date and leaves the field.
    bool focusNextPrevChild(bool next) override
    {
        if (!m_free)
            return QDateTimeEdit::focusNextPrevChild(next);
        takeTyped();
        return QWidget::focusNextPrevChild(next);
    }

    void focusOutEvent(QFocusEvent *event) override
    {
        if (m_free)
            takeTyped();
        QDateTimeEdit::focusOutEvent(event);
    }

    QValidator::State validate(QString &input, int &pos) const override
    {
        if (!m_free)
            return QDateTimeEdit::validate(input, pos);
        return typed(input).isValid() ? QValidator::Acceptable : QValidator::Intermediate;
    }

    // Any other reading of the text while it is typed freely (QDateTimeEdit reads it on its own
    // events too) gets the typed date, never its own parser's guess.
    QDateTime dateTimeFromText(const QString &text) const override
    {
        const QDateTime value = m_free ? typed(text) : QDateTime();
        return value.isValid() ? value : QDateTimeEdit::dateTimeFromText(text);
    }

private:
    // Ends free typing: the typed date when the text is one, else the date as it was (dateTimeChanged
    // only when it changed).
    void takeTyped()
    {
        const QString text = lineEdit()->text().trimmed();
        const QDateTime value = typed(text);
        m_free = false;
        setDateTime(value.isValid() ? value : dateTime());
        if (!value.isValid() && !text.isEmpty()) {
            QToolTip::showText(mapToGlobal(rect().bottomLeft()),
                               DateFieldEditor::tr("“%1” is not a date: type one as “%2” or “%3”.")
                                   .arg(text, QLocale().toString(date(), QLocale::LongFormat),
                                        date().toString(Qt::ISODate)),
                               this);
        }
    }

    // TEXT as a whole date; invalid when it is none.
    QDateTime typed(const QString &text) const
    {
        const QString trimmed = text.trimmed();
        const DateFormat::Parsed parsed = DateFormat::parse(trimmed);
        if (parsed.valid)   // shown as written, not converted to this machine's zone
            return QDateTime(parsed.dateTime.date(), parsed.hasTime ? parsed.dateTime.time() : time());
        const QLocale locale;
        for (const QLocale::FormatType format : {QLocale::LongFormat, QLocale::ShortFormat, QLocale::NarrowFormat}) {
            const QDate date = locale.toDate(trimmed, format);
            if (date.isValid())
                return QDateTime(date, time());
        }
        return {};
    }

    bool m_free = false;         // the user is typing a whole date over the selected text
    bool m_forwarding = false;   // a key is on its way to the line edit (which may pass it back)
};

} // namespace

DateFieldEditor::DateFieldEditor(const Schema::Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new TypedDateTimeEdit(this))
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
