// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QDateTimeEdit;

namespace Lectern {

// A date or date-time picker showing the user's locale and writing the post's own format
// ("19 March 2025" stays in that style after a change of day), keeping a written UTC offset.
class DateFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateFieldEditor)
public:
    DateFieldEditor(const Schema::Field &field, QWidget *parent);
    void showValue(const FrontMatter &frontMatter) override;
    void showInherited(const QVariant &value) override;
    QWidget *focusTarget() const override;
    QDateTimeEdit *dateEdit() const { return m_edit; }
    QString writtenFormat() const { return m_format; }

    // True when the text is a date this editor can show (otherwise the form keeps it as text).
    static bool canShow(const QString &text);

private:
    void commit();
    QDateTimeEdit *m_edit = nullptr;
    QString m_format;
    QString m_shown;
    int m_offsetSeconds = 0;
    bool m_hasOffset = false;
    bool m_showing = false;
};

} // namespace Lectern
