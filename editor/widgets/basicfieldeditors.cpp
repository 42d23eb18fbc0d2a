// SPDX-License-Identifier: GPL-3.0-or-later
#include "basicfieldeditors.h"

#include "exacttext.h"
#include "frontmatter.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Lectern {

namespace {

QVBoxLayout *bareLayout(QWidget *w)
{
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    return layout;
}

// The YAML of an entry's value: its lines without "key:", dedented.
QString valueYaml(const FrontMatter &fm, const QString &key)
{
    const QString entry = QString::fromUtf8(fm.entryText(key)).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const qsizetype nl = entry.indexOf(QLatin1Char('\n'));
    QString first = nl < 0 ? entry : entry.left(nl);
    QString rest = nl < 0 ? QString() : entry.mid(nl + 1);
    // The first ':' followed by space or end ends the key (keys with ':' inside are quoted).
    qsizetype colon = 0;
    while ((colon = first.indexOf(QLatin1Char(':'), colon)) >= 0) {
        if (colon + 1 >= first.size() || first.at(colon + 1) == QLatin1Char(' '))
            break;
        ++colon;
    }
    first = colon < 0 ? QString() : first.mid(colon + 1).trimmed();
    QStringList lines = rest.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    int indent = -1;
    for (const QString &l : std::as_const(lines)) {
        if (l.trimmed().isEmpty())
            continue;
        int n = 0;
        while (n < l.size() && l.at(n) == QLatin1Char(' '))
            ++n;
        indent = indent < 0 ? n : std::min(indent, n);
    }
    for (QString &l : lines)
        l = l.mid(std::max(0, indent));
    if (!first.isEmpty())
        lines.prepend(first);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// --- text

TextFieldEditor::TextFieldEditor(const Schema::Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QLineEdit(this))
{
    bareLayout(this)->addWidget(m_edit);
    setSuggestions(m_edit, field.suggestions, true);
    if (field.type == Schema::Type::Url)
        m_edit->setPlaceholderText(QStringLiteral("https://"));
    // Written as you type (merged into one undo step), so Save never misses the text being typed.
    connect(m_edit, &QLineEdit::editingFinished, this, &TextFieldEditor::commit);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::draftChanged);
    connect(m_edit, &QLineEdit::textEdited, this, &TextFieldEditor::commit);
}

bool TextFieldEditor::updateField(const Schema::Field &field, const Schema &)
{
    if (!sameShown(this->field(), field))
        return false;
    setSuggestions(m_edit, field.suggestions, true);
    setField(field);
    return true;
}

void TextFieldEditor::showValue(const FrontMatter &fm)
{
    m_present = fm.contains(key());
    m_shown = fm.scalar(key());
    if (m_edit->text() != m_shown) {
        m_edit->setText(m_shown);
        m_edit->setCursorPosition(0);   // a long title shows its start, not its end
    }
}

void TextFieldEditor::showInherited(const QVariant &value)
{
    m_present = false;
    m_shown.clear();
    m_edit->clear();
    m_edit->setPlaceholderText(inheritedText(value));
}

QWidget *TextFieldEditor::focusTarget() const { return m_edit; }

void TextFieldEditor::commit()
{
    if (m_edit->text() == m_shown && (m_present || m_edit->text().isEmpty()))
        return;
    m_shown = m_edit->text();
    m_present = true;
    emitScalar(m_shown);
}

// --- multi-line text

MultiLineFieldEditor::MultiLineFieldEditor(const Schema::Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QPlainTextEdit(this))
{
    bareLayout(this)->addWidget(m_edit);
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_edit->installEventFilter(this);
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        fitHeight();
        Q_EMIT draftChanged(exactText(m_edit->document()));
        if (m_edit->hasFocus())
            commit();
    });
    fitHeight();
}

void MultiLineFieldEditor::showValue(const FrontMatter &fm)
{
    QString value = fm.scalar(key());
    m_trailing.clear();
    while (value.endsWith(QLatin1Char('\n'))) {
        value.chop(1);
        m_trailing += QLatin1Char('\n');
    }
    m_shown = value;
    if (exactText(m_edit->document()) != value)
        m_edit->setPlainText(value);
}

void MultiLineFieldEditor::showInherited(const QVariant &value)
{
    m_shown.clear();
    m_edit->clear();
    m_edit->setPlaceholderText(inheritedText(value));
}

QWidget *MultiLineFieldEditor::focusTarget() const { return m_edit; }

bool MultiLineFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        commit();
    if (watched == m_edit && event->type() == QEvent::Resize)
        fitHeight();
    return FieldEditor::eventFilter(watched, event);
}

void MultiLineFieldEditor::commit()
{
    const QString text = exactText(m_edit->document());
    if (text == m_shown)
        return;
    m_shown = text;
    // A block that kept its final line break keeps it (its chomping is part of the style).
    emitScalar(text + (text.isEmpty() ? QString() : m_trailing));
}

void MultiLineFieldEditor::fitHeight()
{
    // The wrapped text's height at the current width (QPlainTextEdit lays out lazily, so its own
    // document size does not count wrapped lines yet), between 3 and 16 lines; longer text scrolls.
    const QFontMetrics fm = m_edit->fontMetrics();
    const int width = std::max(40, m_edit->viewport()->width() - 2 * int(m_edit->document()->documentMargin()));
    const QString text = exactText(m_edit->document()).isEmpty() ? m_edit->placeholderText() : exactText(m_edit->document());
    const int textHeight = fm.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text).height();
    const int lines = std::clamp(textHeight / std::max(1, fm.lineSpacing()) + 1, 3, 16);
    const int height = lines * fm.lineSpacing() + 2 * m_edit->frameWidth() + int(m_edit->document()->documentMargin() * 2);
    if (m_edit->height() != height)
        m_edit->setFixedHeight(height);
}

// --- boolean

BoolFieldEditor::BoolFieldEditor(const Schema::Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_check(new QCheckBox(this))
{
    bareLayout(this)->addWidget(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_showing)
            emitYaml(on ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
    });
}

void BoolFieldEditor::showValue(const FrontMatter &fm)
{
    m_showing = true;
    m_check->setChecked(fm.toJson(key()).toBool());
    m_check->setText(QString());
    m_showing = false;
}

void BoolFieldEditor::showInherited(const QVariant &value)
{
    m_showing = true;
    const QString text = value.toString().toLower();
    m_check->setChecked(text == QLatin1String("true") || text == QLatin1String("yes"));
    m_check->setText(tr("(site default)"));
    m_showing = false;
}

QWidget *BoolFieldEditor::focusTarget() const { return m_check; }

// --- number

NumberFieldEditor::NumberFieldEditor(const Schema::Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_spin(new QDoubleSpinBox(this))
{
    bareLayout(this)->addWidget(m_spin);
    m_spin->setRange(-1e9, 1e9);
    m_spin->setDecimals(0);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_showing)
            emitYaml(QLocale::c().toString(m_spin->value(), 'f', m_spin->decimals()).toUtf8());
    });
}

void NumberFieldEditor::showValue(const FrontMatter &fm)
{
    m_showing = true;
    const QString text = fm.scalar(key());
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    m_spin->setDecimals(dot < 0 ? 0 : int(text.size() - dot - 1));
    m_spin->setValue(text.toDouble());
    m_showing = false;
}

void NumberFieldEditor::showInherited(const QVariant &value)
{
    m_showing = true;
    m_spin->setValue(value.toDouble());
    m_spin->setSuffix(tr(" (site default)"));
    m_showing = false;
}

QWidget *NumberFieldEditor::focusTarget() const { return m_spin; }

// --- choice

ChoiceFieldEditor::ChoiceFieldEditor(const Schema::Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_combo(new QComboBox(this))
{
    bareLayout(this)->addWidget(m_combo);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QVariant data = m_combo->itemData(index);
        if (!m_showing && data.isValid())
            emitScalar(data.toString());
    });
}

void ChoiceFieldEditor::fill(const QString &current, const QString &inherited)
{
    m_showing = true;
    m_combo->clear();
    if (!inherited.isNull())
        m_combo->addItem(tr("%1 (site default)").arg(inherited));   // no data: picking it writes nothing
    QStringList choices = field().choices;
    if (!current.isEmpty() && !choices.contains(current))
        choices.append(current);
    for (const QString &c : std::as_const(choices))
        m_combo->addItem(c, c);
    m_combo->setCurrentIndex(inherited.isNull() ? m_combo->findData(current) : 0);
    m_showing = false;
}

void ChoiceFieldEditor::showValue(const FrontMatter &fm)
{
    const QString value = fm.scalar(key());
    if (m_combo->currentData().toString() != value || m_combo->count() == 0)
        fill(value, QString());
}

void ChoiceFieldEditor::showInherited(const QVariant &value)
{
    fill(QString(), inheritedText(value));
}

QWidget *ChoiceFieldEditor::focusTarget() const { return m_combo; }

// --- raw YAML

RawFieldEditor::RawFieldEditor(const Schema::Field &field, const QString &note, QWidget *parent)
    : FieldEditor(field, parent)
    , m_edit(new QPlainTextEdit(this))
{
    auto *layout = bareLayout(this);
    if (!note.isEmpty()) {
        auto *label = new QLabel(note, this);
        label->setWordWrap(true);
        label->setObjectName(QStringLiteral("rawNote"));
        layout->addWidget(label);
    }
    layout->addWidget(m_edit);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(m_edit->fontMetrics().lineSpacing() * 8);
    m_edit->installEventFilter(this);
}

void RawFieldEditor::showValue(const FrontMatter &fm)
{
    m_shown = valueYaml(fm, key());
    if (exactText(m_edit->document()) != m_shown)
        m_edit->setPlainText(m_shown);
}

void RawFieldEditor::showInherited(const QVariant &value)
{
    m_edit->setPlaceholderText(inheritedText(value));
}

QWidget *RawFieldEditor::focusTarget() const { return m_edit; }

bool RawFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        commit();
    return FieldEditor::eventFilter(watched, event);
}

void RawFieldEditor::commit()
{
    const QString text = exactText(m_edit->document());
    if (text == m_shown)
        return;
    m_shown = text;
    emitYaml(text.toUtf8());
}

} // namespace Lectern
