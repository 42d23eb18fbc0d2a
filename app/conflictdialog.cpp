// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialog.h"

#include "linediff.h"
#include "postfile.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace Lectern {

namespace {

// Every remote author of the file, for a sentence ("Bob Baker and Carol Chen"), or "your colleague".
QString colleague(const ConflictFile &c)
{
    const QString names = c.theirNames();
    return names.isEmpty() ? ConflictDialog::tr("your colleague") : names;
}

// A field's value as one line of text: scalars as written, lists joined, maps as compact JSON.
QString fieldText(const FrontMatter &fm, const QString &key)
{
    if (!fm.contains(key))
        return QString();
    const QVariant v = fm.value(key);
    if (v.typeId() == QMetaType::QVariantList)
        return v.toStringList().join(QStringLiteral(", "));
    if (v.typeId() == QMetaType::QVariantMap)
        return QString::fromUtf8(QJsonDocument(fm.toJson(key).toObject()).toJson(QJsonDocument::Compact));
    return v.toString();
}

struct Field
{
    QString key, base, ours, theirs;
    bool inBase = false, inOurs = false, inTheirs = false;
};

// Every front-matter key any side has, in the order the sides list them (ours, theirs, base).
QList<Field> fields(const ConflictFile &c)
{
    const PostFile base = PostFile::fromBytes(c.base), ours = PostFile::fromBytes(c.ours),
                   theirs = PostFile::fromBytes(c.theirs);
    QStringList keys;
    for (const PostFile *p : {&ours, &theirs, &base}) {
        for (const QString &k : p->frontMatter().keys()) {
            if (!keys.contains(k))
                keys << k;
        }
    }
    QList<Field> list;
    for (const QString &k : std::as_const(keys)) {
        list << Field{k,
                      fieldText(base.frontMatter(), k),
                      fieldText(ours.frontMatter(), k),
                      fieldText(theirs.frontMatter(), k),
                      base.frontMatter().contains(k),
                      ours.frontMatter().contains(k),
                      theirs.frontMatter().contains(k)};
    }
    return list;
}

QString bodyOf(const QByteArray &bytes)
{
    return PostFile::fromBytes(bytes).body();
}

// LineDiff's unified text from BASE to SIDE as a reader sees it: "+ added", "− removed", "  same"
// (the ---/+++/@@ headers dropped); "(no change)" when equal.
QString changes(const QString &base, const QString &side)
{
    const QString diff = LineDiff::unified(base, side, QString(), QString());
    if (diff.isEmpty())
        return ConflictDialog::tr("(no change to the text)");
    QStringList lines;
    // The first two lines are the ---/+++ names, then one @@ hunk header: dropped.
    const QStringList raw = diff.split(QLatin1Char('\n')).mid(2);
    for (const QString &line : raw) {
        if (line.startsWith(QLatin1String("@@")))
            continue;
        if (line.startsWith(QLatin1Char('+')))
            lines << QStringLiteral("+ ") + line.mid(1);
        else if (line.startsWith(QLatin1Char('-')))
            lines << QStringLiteral("\u2212 ") + line.mid(1);
        else if (!line.isEmpty())
            lines << QStringLiteral("  ") + line.mid(1);
    }
    return lines.join(QLatin1Char('\n'));
}

// A read-only pane titled TITLE with TEXT; lines starting "+ " green, "− " red.
QWidget *pane(const QString &name, const QString &title, const QString &text)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title);
    label->setWordWrap(true);
    auto *edit = new QPlainTextEdit(text);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setAccessibleName(title);
    edit->setObjectName(name);
    label->setBuddy(edit);
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock b = edit->document()->begin(); b.isValid(); b = b.next()) {
        const bool added = b.text().startsWith(QLatin1String("+ "));
        const bool removed = b.text().startsWith(QStringLiteral("\u2212 "));
        if (!added && !removed)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(b);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.format.setBackground(added ? QColor(0xd7, 0xf5, 0xdd) : QColor(0xfa, 0xdb, 0xd8));
        marks << mark;
    }
    edit->setExtraSelections(marks);
    layout->addWidget(label);
    layout->addWidget(edit, 1);
    return box;
}

} // namespace

QString ConflictDialog::keepMineTip()
{
    return tr("Where you both changed the same lines, your lines are kept. Every change only your "
              "colleague made (another paragraph, a field) stays in the post too. The result is "
              "published on top of theirs as a new change; nothing is overwritten by force.");
}

ConflictDialog::ConflictDialog(QWidget *parent)
    : QDialog(parent), m_intro(new QLabel), m_files(new QTabWidget)
{
    setWindowTitle(tr("A Colleague Changed the Same Post"));
    setObjectName(QStringLiteral("conflictDialog"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox;
    m_keepTheirs = buttons->addButton(tr("Keep &Their Version"), QDialogButtonBox::ActionRole);
    m_keepMine = buttons->addButton(tr("Keep &My Version"), QDialogButtonBox::ActionRole);
    m_edit = buttons->addButton(tr("&Edit Both in the Post"), QDialogButtonBox::ActionRole);
    m_later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    m_keepTheirs->setToolTip(tr("The post becomes your colleague's version. Yours is kept in a copy in the site's "
                                "_lectern-kept folder, so nothing is lost. Nothing of yours is published."));
    m_keepMine->setToolTip(keepMineTip());
    m_edit->setToolTip(tr("The post shows both versions between marker lines. Keep what should stay, delete the "
                          "marker lines, then publish again. Nothing is published until then."));
    m_later->setToolTip(tr("Nothing is changed or published now; publishing again brings you back here."));
    for (QPushButton *side : {m_keepTheirs, m_keepMine, m_edit})
        side->setAutoDefault(false);
    m_later->setDefault(true);   // Enter must not pick a side
    auto *explain = new QLabel(tr("<b>Keep their version</b>: the post becomes theirs; yours is kept in a copy. "
                                  "<b>Keep my version</b>: where you both changed the same lines, yours are "
                                  "published; their other changes stay. "
                                  "<b>Edit both in the post</b>: combine them yourself, then publish again."));
    explain->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_files, 1);
    layout->addWidget(explain);
    layout->addWidget(buttons);
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { choose(ConflictChoice::KeepTheirs); });
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(ConflictChoice::KeepMine); });
    connect(m_edit, &QPushButton::clicked, this, [this] { choose(ConflictChoice::EditMerge); });
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    resize(1100, 680);
}

void ConflictDialog::choose(ConflictChoice choice)
{
    m_choice = choice;
    Q_EMIT chosen(choice);
    accept();
}

QStringList ConflictDialog::summary(const ConflictFile &c)
{
    QStringList lines;
    const QString who = colleague(c);
    auto describe = [&](const QString &what, bool ours, bool theirs) {
        if (ours && theirs)
            lines << tr("%1: changed by you and by %2").arg(what, who);
        else if (ours)
            lines << tr("%1: changed by you").arg(what);
        else if (theirs)
            lines << tr("%1: changed by %2").arg(what, who);
    };
    for (const Field &f : fields(c)) {
        const bool ours = f.inOurs != f.inBase || f.ours != f.base;
        const bool theirs = f.inTheirs != f.inBase || f.theirs != f.base;
        describe(f.key, ours, theirs);
    }
    const QString base = bodyOf(c.base);
    describe(tr("text"), bodyOf(c.ours) != base, bodyOf(c.theirs) != base);
    if (!c.inOurs)
        lines << tr("you deleted the post");
    if (!c.inTheirs)
        lines << tr("%1 deleted the post").arg(who);
    return lines;
}

QWidget *ConflictDialog::page(const ConflictFile &c)
{
    const QString who = colleague(c);
    auto *widget = new QWidget;
    auto *layout = new QVBoxLayout(widget);
    const QString when = c.theirTime.isValid() ? QLocale().toString(c.theirTime.toLocalTime(), QLocale::LongFormat) : QString();
    QString whoText = tr("Your colleague's version is already on the site.");
    if (c.theirAuthors.size() == 1)
        whoText = tr("%1's version is already on the site: published %2, “%3” (commit %4).").arg(who, when, c.theirSubject, c.theirCommit);
    else if (c.theirAuthors.size() > 1)
        whoText = tr("Their version is already on the site: changed by %1, last by %2 on %3, “%4” (commit %5).")
                      .arg(who, c.theirAuthor, when, c.theirSubject, c.theirCommit);
    auto *whoLabel = new QLabel(whoText);
    whoLabel->setWordWrap(true);
    whoLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(whoLabel);

    // Front matter: one row per field, the changed sides in bold.
    const QList<Field> all = fields(c);
    QList<Field> differing;
    for (const Field &f : all) {
        if (f.base != f.ours || f.base != f.theirs || f.inBase != f.inOurs || f.inBase != f.inTheirs)
            differing << f;
    }
    auto *table = new QTableWidget(int(differing.size()), 4);
    table->setObjectName(QStringLiteral("conflictFields"));
    table->setAccessibleName(tr("Fields that differ"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Before both changes"), tr("Your version"), c.theirVersionLabel()});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto cell = [](const QString &text, bool present, bool changed) {
        auto *item = new QTableWidgetItem(present ? text : tr("(not set)"));
        QFont font = item->font();
        font.setBold(changed);
        item->setFont(font);
        if (changed)
            item->setToolTip(tr("changed"));
        return item;
    };
    for (int row = 0; row < differing.size(); ++row) {
        const Field &f = differing.at(row);
        table->setItem(row, 0, new QTableWidgetItem(f.key));
        table->setItem(row, 1, cell(f.base, f.inBase, false));
        table->setItem(row, 2, cell(f.ours, f.inOurs, f.ours != f.base || f.inOurs != f.inBase));
        table->setItem(row, 3, cell(f.theirs, f.inTheirs, f.theirs != f.base || f.inTheirs != f.inBase));
    }
    const int rowsHeight = table->horizontalHeader()->sizeHint().height() + 4
        + table->verticalHeader()->defaultSectionSize() * int(std::max<qsizetype>(1, differing.size()));
    table->setMaximumHeight(std::min(rowsHeight, 220));
    auto *summaryLabel = new QLabel(summary(c).join(QStringLiteral(" · ")));
    summaryLabel->setWordWrap(true);
    summaryLabel->setObjectName(QStringLiteral("conflictSummary"));
    layout->addWidget(summaryLabel);
    if (differing.isEmpty())
        table->hide();
    layout->addWidget(table);

    // The body: the common version, then what each side changed in it.
    const QString base = bodyOf(c.base);
    auto *sides = new QSplitter(Qt::Horizontal);
    sides->addWidget(pane(QStringLiteral("conflictBase"), tr("Before both changes (the version you both started from)"),
                          c.inBase ? base : tr("(the post did not exist: you both created it)")));
    sides->addWidget(pane(QStringLiteral("conflictOurs"), tr("Your version: what you changed"),
                          c.inOurs ? changes(base, bodyOf(c.ours)) : tr("(you deleted the post)")));
    sides->addWidget(pane(QStringLiteral("conflictTheirs"), tr("%1: what they changed").arg(c.theirVersionLabel()),
                          c.inTheirs ? changes(base, bodyOf(c.theirs)) : tr("(%1 deleted the post)").arg(who)));
    layout->addWidget(sides, 1);
    return widget;
}

void ConflictDialog::setConflicts(const QList<ConflictFile> &conflicts)
{
    m_files->clear();
    // A post they moved (new date) or deleted: keeping ours would bring the old file back beside it.
    const auto moved = std::find_if(conflicts.cbegin(), conflicts.cend(), [](const ConflictFile &c) { return c.movedOrDeletedByThem(); });
    m_keepMine->setEnabled(moved == conflicts.cend());
    // Both made the same new file: there is no common text to merge on, so yours replaces theirs.
    const bool bothNew = std::any_of(conflicts.cbegin(), conflicts.cend(), [](const ConflictFile &c) { return !c.inBase; });
    m_keepMine->setToolTip(moved != conflicts.cend() ? ConflictFile::keepMineRefusal(*moved)
                           : bothNew ? tr("You both created this file, so there is no earlier text to merge on: your "
                                          "version replaces theirs on the site. Theirs stays in the site's history.")
                                     : keepMineTip());
    // Everyone whose commits changed the files on the remote, not only the newest one's author.
    const QStringList authors = ConflictFile::authorsOf(conflicts);
    const QString who = authors.isEmpty() ? tr("A colleague") : ConflictFile::names(authors);
    m_intro->setText((authors.size() > 1
                          ? tr("%1 published changes to the same post while you were editing it. Nothing has been "
                               "published or lost: your version is saved and committed on this computer. Choose what "
                               "the post should say.")
                          : tr("%1 published a change to the same post while you were editing it. Nothing has been "
                               "published or lost: your version is saved and committed on this computer. Choose what "
                               "the post should say."))
                         .arg(who));
    for (const ConflictFile &c : conflicts)
        m_files->addTab(page(c), QFileInfo(c.path).fileName());
    m_files->setTabBarAutoHide(true);
    m_keepTheirs->setText(authors.size() == 1 ? tr("Keep %1's Version").arg(who) : tr("Keep &Their Version"));
}

} // namespace Lectern
