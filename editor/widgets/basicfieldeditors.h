// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Lectern {

// One line of text (also URLs), completed from the values the site uses.
class TextFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextFieldEditor)
public:
    TextFieldEditor(const Schema::Field &field, QWidget *parent);
    void showValue(const FrontMatter &frontMatter) override;
    bool updateField(const Schema::Field &field, const Schema &schema) override;
    void showInherited(const QVariant &value) override;
    QWidget *focusTarget() const override;
    QLineEdit *lineEdit() const { return m_edit; }

private:
    void commit();
    QLineEdit *m_edit = nullptr;
    QString m_shown;
    bool m_present = false;
};

// Several lines; grows with its text so the form scrolls, not the field. Written in the entry's block style.
class MultiLineFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiLineFieldEditor)
public:
    MultiLineFieldEditor(const Schema::Field &field, QWidget *parent);
    void showValue(const FrontMatter &frontMatter) override;
    void showInherited(const QVariant &value) override;
    QWidget *focusTarget() const override;
    QPlainTextEdit *textEdit() const { return m_edit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit();
    void fitHeight();
    QPlainTextEdit *m_edit = nullptr;
    QString m_shown;        // the value without its trailing line breaks
    QString m_trailing;     // the trailing line breaks the block keeps (its chomping)
};

class BoolFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoolFieldEditor)
public:
    BoolFieldEditor(const Schema::Field &field, QWidget *parent);
    void showValue(const FrontMatter &frontMatter) override;
    void showInherited(const QVariant &value) override;
    QWidget *focusTarget() const override;
    QCheckBox *checkBox() const { return m_check; }

private:
    QCheckBox *m_check = nullptr;
    bool m_showing = false;
};

class NumberFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberFieldEditor)
public:
    NumberFieldEditor(const Schema::Field &field, QWidget *parent);
    void showValue(const FrontMatter &frontMatter) override;
    void showInherited(const QVariant &value) override;
    QWidget *focusTarget() const override;
    QDoubleSpinBox *spinBox() const { return m_spin; }

private:
    QDoubleSpinBox *m_spin = nullptr;
    bool m_showing = false;
};

// A value from a fixed list (layout from _layouts/); a value outside the list stays selectable.
class ChoiceFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceFieldEditor)
public:
    ChoiceFieldEditor(const Schema::Field &field, QWidget *parent);
    void showValue(const FrontMatter &frontMatter) override;
    void showInherited(const QVariant &value) override;
    QWidget *focusTarget() const override;
    QComboBox *comboBox() const { return m_combo; }

private:
    void fill(const QString &current, const QString &inherited);
    QComboBox *m_combo = nullptr;
    bool m_showing = false;
};

// The key's value as YAML text, for maps and for values a typed editor cannot show.
class RawFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawFieldEditor)
public:
    RawFieldEditor(const Schema::Field &field, const QString &note, QWidget *parent);
    void showValue(const FrontMatter &frontMatter) override;
    void showInherited(const QVariant &value) override;
    QWidget *focusTarget() const override;
    QPlainTextEdit *textEdit() const { return m_edit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit();
    QPlainTextEdit *m_edit = nullptr;
    QString m_shown;
};

} // namespace Lectern
