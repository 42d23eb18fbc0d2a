// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagefieldeditor.h"

#include "frontmatter.h"

#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QCoreApplication>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace Lectern {

ImageFieldEditor::ImageFieldEditor(const Schema::Field &field, const Schema &schema, QWidget *parent)
    : FieldEditor(field, parent)
    , m_siteRoot(schema.siteRoot())
    , m_schema(schema)
    , m_edit(new QLineEdit(this))
    , m_thumbnail(new QLabel(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 0, 0, 1, 2);
    layout->addWidget(m_thumbnail, 1, 0, Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_choose, 1, 1, Qt::AlignRight | Qt::AlignTop);
    layout->setColumnStretch(0, 1);
    m_thumbnail->setObjectName(QStringLiteral("thumbnail"));
    m_thumbnail->setFixedSize(120, 68);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setWordWrap(true);
    m_edit->setPlaceholderText(QStringLiteral("/images/…"));
    setSuggestions(m_edit, field.suggestions, false);
    connect(m_edit, &QLineEdit::editingFinished, this, &ImageFieldEditor::commit);
    connect(m_edit, &QLineEdit::textChanged, this, &ImageFieldEditor::updateThumbnail);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::draftChanged);
    connect(m_edit, &QLineEdit::textEdited, this, &ImageFieldEditor::commit);
    connect(m_choose, &QPushButton::clicked, this, &ImageFieldEditor::choose);
    setTabOrder(m_edit, m_choose);
    updateThumbnail();
}

bool ImageFieldEditor::updateField(const Schema::Field &field, const Schema &schema)
{
    if (!sameShown(this->field(), field))
        return false;
    setSuggestions(m_edit, field.suggestions, false);
    m_schema = schema;
    setField(field);
    return true;
}

void ImageFieldEditor::showValue(const FrontMatter &fm)
{
    m_present = fm.contains(key());
    m_shown = fm.scalar(key());
    if (m_edit->text() != m_shown)
        m_edit->setText(m_shown);
}

void ImageFieldEditor::showInherited(const QVariant &value)
{
    m_present = false;
    m_shown.clear();
    m_edit->clear();
    m_edit->setPlaceholderText(inheritedText(value));
}

QWidget *ImageFieldEditor::focusTarget() const { return m_edit; }

QList<QWidget *> ImageFieldEditor::focusOrder() const
{
    return {m_edit, m_choose};
}

void ImageFieldEditor::setAccessibleLabel(const QString &label)
{
    m_edit->setAccessibleName(label);
    m_choose->setAccessibleName(tr("Choose an image for %1").arg(label));
}

QString ImageFieldEditor::imageFolder() const
{
    const QString current = m_schema.imageFile(m_edit->text());
    if (!current.isEmpty() && QFileInfo(current).dir().exists())
        return QFileInfo(current).absolutePath();
    for (const Schema::Field &f : m_schema.fields()) {
        if (f.type != Schema::Type::Image)
            continue;
        for (const QString &s : f.suggestions) {
            const QString file = m_schema.imageFile(s);
            if (!file.isEmpty() && QFileInfo(file).dir().exists())
                return QFileInfo(file).absolutePath();
        }
    }
    for (const QString &dir : {QStringLiteral("images"), QStringLiteral("assets/images"), QStringLiteral("img"),
                               QStringLiteral("assets/img"), QStringLiteral("assets")}) {
        if (QDir(m_siteRoot).exists(dir))
            return QDir(m_siteRoot).filePath(dir);
    }
    return m_siteRoot;
}

bool ImageFieldEditor::useFile(const QString &file, bool copyOutside, QString *error)
{
    const QString root = QDir::cleanPath(m_siteRoot) + QLatin1Char('/');
    QString inside = QFileInfo(file).absoluteFilePath();
    if (!inside.startsWith(root)) {
        if (!copyOutside) {
            if (error)
                *error = tr("%1 is outside the site folder; Jekyll would not publish it.").arg(file);
            return false;
        }
        const QDir folder(imageFolder());
        const QFileInfo info(file);
        QString target = folder.filePath(info.fileName());
        for (int n = 1; QFileInfo::exists(target); ++n)
            target = folder.filePath(info.completeBaseName() + QLatin1Char('-') + QString::number(n)
                                     + QLatin1Char('.') + info.suffix());
        if (!QFile::copy(file, target)) {
            if (error)
                *error = tr("Could not copy %1 to %2.").arg(file, target);
            return false;
        }
        inside = target;
    }
    m_edit->setText(QLatin1Char('/') + inside.mid(root.size()));
    commit();
    return true;
}

void ImageFieldEditor::choose()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose Image"), imageFolder(),
                                                      tr("Images (*.jpg *.jpeg *.png *.gif *.webp *.svg);;All files (*)"));
    if (file.isEmpty())
        return;
    bool copy = false;
    if (!QFileInfo(file).absoluteFilePath().startsWith(QDir::cleanPath(m_siteRoot) + QLatin1Char('/'))) {
        const auto answer = QMessageBox::question(
            this, tr("Copy image into the site?"),
            tr("%1 is outside the site, so the published post could not show it.\n\nCopy it into %2?")
                .arg(QFileInfo(file).fileName(), QDir(m_siteRoot).relativeFilePath(imageFolder())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
        copy = true;
    }
    QString error;
    if (!useFile(file, copy, &error))
        QMessageBox::warning(this, tr("Image not used"), error);
}

void ImageFieldEditor::commit()
{
    if (m_edit->text() == m_shown && (m_present || m_edit->text().isEmpty()))
        return;
    m_shown = m_edit->text();
    m_present = true;
    emitScalar(m_shown);
}

void ImageFieldEditor::updateThumbnail()
{
    const QString file = m_schema.imageFile(m_edit->text());
    const bool empty = m_edit->text().isEmpty();
    const quint64 generation = ++m_thumbnailGeneration;
    if (file.isEmpty()) {
        showThumbnail(QImage(), QString(), empty);
        return;
    }
    // Reading and decoding the picture (a stat, then ~10 ms for a photo, more for a large one) never
    // runs on the GUI thread: the form is built on every post opened (issue 14). The answer comes back
    // through the application object, which outlives the pool's jobs; this editor may not, and an
    // older answer (the field changed meanwhile) is dropped.
    const QSize box = m_thumbnail->size() - QSize(4, 4);
    QThreadPool::globalInstance()->start([self = QPointer<ImageFieldEditor>(this), file, box, generation, empty] {
        QImage image;
        if (QFileInfo(file).isFile()) {
            QImageReader reader(file);
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isValid())
                reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
            image = reader.read();
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, image, file, generation, empty] {
            if (self && generation == self->m_thumbnailGeneration)
                self->showThumbnail(image, file, empty);
        }, Qt::QueuedConnection);
    });
}

void ImageFieldEditor::showThumbnail(const QImage &image, const QString &file, bool empty)
{
    if (!image.isNull()) {
        m_thumbnail->setPixmap(QPixmap::fromImage(image));
        m_thumbnail->setToolTip(QDir::toNativeSeparators(file));
        return;
    }
    m_thumbnail->setPixmap(QPixmap());
    m_thumbnail->setText(empty ? tr("No image") : tr("Not found"));
}

} // namespace Lectern
