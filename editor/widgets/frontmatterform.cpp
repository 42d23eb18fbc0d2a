// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatterform.h"

#include "postdocument.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

namespace Lectern {

FrontMatterForm::FrontMatterForm(PostDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QFormLayout(this);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_date = new QLineEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_others = new QListWidget(this);
    m_others->setObjectName(QStringLiteral("otherKeys"));
    m_others->setWordWrap(true);
    layout->addRow(tr("&Title:"), m_title);
    layout->addRow(tr("&Date:"), m_date);
    auto *othersLabel = new QLabel(tr("&Other fields:"), this);
    othersLabel->setBuddy(m_others);
    layout->addRow(othersLabel);
    layout->addRow(m_others);

    connect(m_title, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("title"), m_title); });
    connect(m_date, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("date"), m_date); });
    connect(m_document, &PostDocument::loaded, this, &FrontMatterForm::refresh);
    connect(m_document, &PostDocument::frontMatterChanged, this, &FrontMatterForm::refresh);
    refresh();
}

FrontMatterForm::~FrontMatterForm() = default;

void FrontMatterForm::refresh()
{
    if (m_updating)
        return;
    const FrontMatter &fm = m_document->post().frontMatter();
    m_title->setText(fm.scalar(QStringLiteral("title")));
    m_date->setText(fm.scalar(QStringLiteral("date")));
    const bool editable = !m_document->post().isReadOnly();
    m_title->setReadOnly(!editable);
    m_date->setReadOnly(!editable);
    m_others->clear();
    const QStringList keys = fm.keys();
    for (const QString &key : keys) {
        if (key == QLatin1String("title") || key == QLatin1String("date"))
            continue;
        const QJsonValue value = fm.toJson(key);
        QString shown;
        if (value.isString())
            shown = value.toString().simplified();
        else if (value.isArray())
            shown = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else if (value.isObject())
            shown = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else
            shown = value.toVariant().toString();
        if (shown.size() > 120)
            shown = shown.left(119) + QChar(0x2026);
        m_others->addItem(tr("%1: %2").arg(key, shown));
    }
}

void FrontMatterForm::commit(const QString &key, QLineEdit *edit)
{
    const FrontMatter &fm = m_document->post().frontMatter();
    if (edit->isReadOnly() || (fm.contains(key) && fm.scalar(key) == edit->text())
        || (!fm.contains(key) && edit->text().isEmpty()))
        return;
    m_updating = true;
    QString error;
    const bool ok = m_document->setScalar(key, edit->text(), &error);
    m_updating = false;
    if (!ok)
        edit->setToolTip(error);
}

} // namespace Lectern
