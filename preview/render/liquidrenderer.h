// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquidtemplate.h"
#include "renderwarning.h"

#include <QHash>
#include <QStringList>
#include <QVariantMap>

namespace Lectern {

// Evaluates Liquid as Jekyll does, for the preview: site/page variables, filters, include, link,
// post_url, highlight, raw, control flow. Never throws; unknown tags become placeholders and warnings.
//
// Placeholders and highlighted code must survive a later Markdown pass untouched, so render()
// leaves private-use markers in the text and restore() swaps them for their HTML at the very end.
class LiquidRenderer final
{
public:
    explicit LiquidRenderer(const QString &siteRoot = QString(), const QVariantMap &site = QVariantMap());

    // Renders `source` with `variables` (page, content, ...; `site` is added). Assignments land in
    // `variables`, as Liquid's assign does.
    QString render(const QString &source, QVariantMap &variables, const QString &fileName = QString());
    QString renderTemplate(const LiquidTemplate &tpl, QVariantMap &variables, const QString &fileName);
    // Swaps markers left by render() for placeholder/highlight HTML. Idempotent on marker-free text.
    QString restore(const QString &html) const;

    const RenderWarnings &warnings() const { return m_warnings; }
    void clearWarnings() { m_warnings.clear(); }

    // True when the text has anything Liquid would touch: the cheap pre-check before any work.
    static bool hasLiquid(const QString &text);

private:
    enum class Flow { Normal, Break, Continue };
    Flow renderNodes(const std::vector<LiquidNode> &nodes, QString &out);
    Flow renderNode(const LiquidNode &node, QString &out);
    QVariant evalExpression(const LiquidTokens &tokens, size_t &pos, bool withFilters);
    QVariant evalPrimary(const LiquidTokens &tokens, size_t &pos);
    bool evalCondition(const LiquidTokens &tokens, size_t from);
    bool expressionFilter(const QString &name, const QVariant &input, const QVariantList &args, QVariant *result);
    QVariant lookup(const QString &name) const;
    void renderInclude(const LiquidNode &node, QString &out);
    void renderFor(const LiquidNode &node, QString &out);
    QString placeholder(const LiquidNode &node);
    QString stash(const QString &html);
    void warn(const LiquidNode &node, const QString &message);

    QString m_siteRoot;
    QVariantMap m_site;
    QVariantMap *m_vars = nullptr;
    QString m_file;
    RenderWarnings m_warnings;
    QStringList m_stash;
    QHash<QString, LiquidTemplate> m_includes;
    int m_depth = 0;
    qsizetype m_iterations = 0;            // loop turns so far: bounded, so a render always ends
    qsizetype m_outputLimit = 1 << 18;     // characters a loop may fill (4x the source + 256 Ki)
    bool m_cut = false;
    int m_line = 0;      // position of the node being rendered, for warnings
    int m_column = 0;
};

} // namespace Lectern
