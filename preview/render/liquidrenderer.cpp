// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidrenderer.h"

#include "jekyllurls.h"
#include "liquidfilters.h"
#include "liquidvalue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Lectern {

namespace {

constexpr QChar kMarkOpen(0xE000);
constexpr QChar kMarkClose(0xE001);
constexpr QChar kBrace(0xE002);   // a literal '{' from {% raw %}: printed as &#123; after Markdown
constexpr int kMaxDepth = 12;
constexpr qsizetype kMaxIterations = 1000000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::LiquidRenderer", text);
}

// Operator or punctuation TEXT at I; a quoted string never is one (`split: "|"` is an argument).
bool isTok(const LiquidTokens &t, size_t i, const char *text)
{
    return i < t.size() && t[i].kind != LiquidToken::Kind::String && t[i].text == QLatin1String(text);
}

} // namespace

LiquidRenderer::LiquidRenderer(const QString &siteRoot, const QVariantMap &site)
    : m_siteRoot(siteRoot), m_site(site)
{
}

bool LiquidRenderer::hasLiquid(const QString &text)
{
    return text.contains(QLatin1String("{{")) || text.contains(QLatin1String("{%"));
}

QString LiquidRenderer::render(const QString &source, QVariantMap &variables, const QString &fileName)
{
    if (!hasLiquid(source))
        return source;
    const LiquidTemplate tpl = LiquidTemplate::parse(source, fileName);
    m_warnings += tpl.warnings();
    m_outputLimit = std::max(m_outputLimit, 4 * source.size() + (qsizetype(1) << 18));
    return renderTemplate(tpl, variables, fileName);
}

QString LiquidRenderer::renderTemplate(const LiquidTemplate &tpl, QVariantMap &variables, const QString &fileName)
{
    QVariantMap *savedVars = m_vars;
    const QString savedFile = m_file;
    m_vars = &variables;
    m_file = fileName;
    if (!m_vars->contains(QStringLiteral("site")))
        m_vars->insert(QStringLiteral("site"), m_site);
    QString out;
    renderNodes(tpl.nodes(), out);
    m_vars = savedVars;
    m_file = savedFile;
    return out;
}

QString LiquidRenderer::restore(const QString &html) const
{
    if (!html.contains(kMarkOpen) && !html.contains(kBrace))
        return html;
    QString out;
    out.reserve(html.size() + 256);
    qsizetype pos = 0;
    // The last '<' and '>' before the marker, found by one forward scan (searching back from each
    // marker made thousands of markers in one paragraph quadratic).
    qsizetype scanned = 0;
    qsizetype lastLt = -1;
    qsizetype lastGt = -1;
    while (pos < html.size()) {
        const qsizetype open = html.indexOf(kMarkOpen, pos);
        if (open < 0) {
            out += QStringView(html).mid(pos);
            break;
        }
        for (; scanned < open; ++scanned) {
            if (html.at(scanned) == QLatin1Char('<'))
                lastLt = scanned;
            else if (html.at(scanned) == QLatin1Char('>'))
                lastGt = scanned;
        }
        const qsizetype close = html.indexOf(kMarkClose, open);
        if (close < 0) {
            out += QStringView(html).mid(pos);
            break;
        }
        const int index = QStringView(html).mid(open + 1, close - open - 1).toInt();
        QString chunk = m_stash.value(index);
        // A block (highlighted code) alone in a paragraph replaces the paragraph.
        QStringView before = QStringView(html).mid(pos, open - pos);
        const qsizetype pStart = before.lastIndexOf(QLatin1String("<p"));
        const bool wrapped = chunk.startsWith(QLatin1String("<figure")) && pStart >= 0
            && before.mid(pStart).indexOf(QLatin1Char('>')) == before.size() - pStart - 1
            && QStringView(html).mid(close + 1).startsWith(QLatin1String("</p>"));
        // Inside a tag (src="{% asset x %}") a span would break the markup: leave the value empty.
        if (chunk.startsWith(QLatin1String("<span class=\"lectern-liquid-placeholder\"")) && lastLt > lastGt)
            chunk.clear();
        if (wrapped) {
            out += before.left(pStart);
            out += chunk;
            pos = close + 5;
        } else {
            out += before;
            out += chunk;
            pos = close + 1;
        }
    }
    out.replace(kBrace, QLatin1String("&#123;"));
    return out;
}

QString LiquidRenderer::stash(const QString &html)
{
    m_stash.append(html);
    return kMarkOpen + QString::number(m_stash.size() - 1) + kMarkClose;
}

QString LiquidRenderer::placeholder(const LiquidNode &node)
{
    QString text = LiquidFilters::escapeHtml(node.text.simplified());
    text.replace(QLatin1Char('{'), QLatin1String("&#123;"));
    return stash(QStringLiteral("<span class=\"lectern-liquid-placeholder\" title=\"")
                 + tr("Liquid tag not rendered in the preview") + QStringLiteral("\">") + text
                 + QStringLiteral("</span>"));
}

void LiquidRenderer::warn(const LiquidNode &node, const QString &message)
{
    m_warnings.append(RenderWarning{m_file, node.line, node.column, message});
}

QVariant LiquidRenderer::lookup(const QString &name) const
{
    const auto it = m_vars->constFind(name);
    return it != m_vars->cend() ? it.value() : QVariant();
}

LiquidRenderer::Flow LiquidRenderer::renderNodes(const std::vector<LiquidNode> &nodes, QString &out)
{
    for (const LiquidNode &node : nodes) {
        const Flow flow = renderNode(node, out);
        if (flow != Flow::Normal)
            return flow;
    }
    return Flow::Normal;
}

LiquidRenderer::Flow LiquidRenderer::renderNode(const LiquidNode &node, QString &out)
{
    using K = LiquidNode::Kind;
    if (node.line > 0) {
        m_line = node.line;
        m_column = node.column;
    }
    switch (node.kind) {
    case K::Text:
        out += node.text;
        break;
    case K::Raw:
        out += QString(node.text).replace(QLatin1Char('{'), kBrace);
        break;
    case K::Output: {
        size_t pos = 0;
        QString text = Liquid::toText(evalExpression(node.tokens, pos, true));
        // {{ "{{ x }}" }} is how authors print Liquid code: keep it literal, like {% raw %}.
        if (text.contains(QLatin1String("{{")) || text.contains(QLatin1String("{%")))
            text.replace(QLatin1Char('{'), kBrace);
        out += text;
        break;
    }
    case K::Assign: {
        const qsizetype eq = node.markup.indexOf(QLatin1Char('='));
        if (eq < 0) {
            warn(node, tr("'assign' needs 'name = value'"));
            break;
        }
        const LiquidTokens value = LiquidTemplate::tokenize(node.markup.mid(eq + 1));
        size_t pos = 0;
        m_vars->insert(node.markup.left(eq).trimmed(), evalExpression(value, pos, true));
        break;
    }
    case K::Capture: {
        QString captured;
        if (!node.children.empty())
            renderNodes(node.children.front().children, captured);
        m_vars->insert(node.markup.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('"')).remove(QLatin1Char('\'')),
                       captured);
        break;
    }
    case K::Increment: case K::Decrement: {
        const qlonglong v = lookup(node.markup).toLongLong();
        out += QString::number(node.kind == K::Increment ? v : v - 1);
        m_vars->insert(node.markup, node.kind == K::Increment ? v + 1 : v - 1);
        break;
    }
    case K::If: case K::Unless:
        for (const LiquidNode &branch : node.children) {
            const bool isElse = branch.text == QLatin1String("else");
            bool take = isElse || evalCondition(branch.tokens, 0);
            if (node.kind == K::Unless && branch.text == QLatin1String("unless"))
                take = !take;
            if (take)
                return renderNodes(branch.children, out);
        }
        break;
    case K::Case: {
        size_t pos = 0;
        const QVariant subject = evalExpression(node.tokens, pos, false);
        for (const LiquidNode &branch : node.children) {
            bool take = branch.text == QLatin1String("else");
            for (size_t i = 0; !take && i < branch.tokens.size(); ++i) {
                if (isTok(branch.tokens, i, ",") || isTok(branch.tokens, i, "or"))
                    continue;
                take = Liquid::equals(subject, evalPrimary(branch.tokens, i));
                --i;
            }
            if (take)
                return renderNodes(branch.children, out);
        }
        break;
    }
    case K::For:
        renderFor(node, out);
        break;
    case K::Break:
        return Flow::Break;
    case K::Continue:
        return Flow::Continue;
    case K::Include:
        renderInclude(node, out);
        break;
    case K::Highlight: {
        QString code;
        if (!node.children.empty())
            renderNodes(node.children.front().children, code);
        while (code.startsWith(QLatin1Char('\n')))
            code.remove(0, 1);
        while (!code.isEmpty() && code.back().isSpace())
            code.chop(1);
        const QString lang = LiquidFilters::escapeHtml(node.markup.section(QLatin1Char(' '), 0, 0));
        out += stash(QStringLiteral("<figure class=\"highlight\"><pre><code class=\"language-") + lang
                     + QStringLiteral("\" data-lang=\"") + lang + QStringLiteral("\">")
                     + LiquidFilters::escapeHtml(code) + QStringLiteral("</code></pre></figure>"));
        break;
    }
    case K::Link: case K::PostUrl: {
        QString target = node.markup;
        if (target.contains(QLatin1String("{{"))) {
            LiquidRenderer inner(m_siteRoot, m_site);
            target = inner.render(target, *m_vars, m_file);
        }
        const QString url = node.kind == K::Link ? JekyllUrls::linkTo(m_site, m_siteRoot, target.trimmed())
                                                 : JekyllUrls::postUrlByName(m_site, m_siteRoot, target.trimmed());
        if (url.isEmpty()) {
            warn(node, node.kind == K::Link ? tr("{% link %}: no file '%1' in the site").arg(target.trimmed())
                                            : tr("{% post_url %}: no post named '%1' in _posts").arg(target.trimmed()));
            LiquidNode ph = node;
            ph.text = QStringLiteral("{% ") + node.text + QLatin1Char(' ') + node.markup + QStringLiteral(" %}");
            out += placeholder(ph);
        } else {
            out += JekyllUrls::relativeUrl(m_site, url);
        }
        break;
    }
    case K::Placeholder:
        out += placeholder(node);
        renderNodes(node.children, out);
        break;
    case K::Branch:
        return renderNodes(node.children, out);
    }
    return Flow::Normal;
}

void LiquidRenderer::renderFor(const LiquidNode &node, QString &out)
{
    const LiquidTokens &t = node.tokens;
    if (t.size() < 3 || t[1].text != QLatin1String("in")) {
        warn(node, tr("'for' needs 'item in collection'"));
        return;
    }
    const QString var = t[0].text;
    size_t pos = 2;
    QVariantList items = Liquid::toList(evalPrimary(t, pos));
    qsizetype limit = -1, offset = 0;
    bool reversed = false;
    while (pos < t.size()) {
        if (isTok(t, pos, "reversed")) {
            reversed = true;
            ++pos;
        } else if ((isTok(t, pos, "limit") || isTok(t, pos, "offset")) && isTok(t, pos + 1, ":")) {
            const bool isLimit = isTok(t, pos, "limit");
            pos += 2;
            const qsizetype v = evalPrimary(t, pos).toLongLong();
            (isLimit ? limit : offset) = v;
        } else {
            ++pos;
        }
    }
    items = items.mid(offset, limit);
    if (reversed)
        std::reverse(items.begin(), items.end());
    const std::vector<LiquidNode> &branches = node.children;
    if (items.isEmpty()) {
        if (branches.size() > 1)
            renderNodes(branches[1].children, out);
        return;
    }
    if (branches.empty())
        return;
    const QVariant savedVar = lookup(var);
    const QVariant savedLoop = lookup(QStringLiteral("forloop"));
    const qsizetype n = items.size();
    for (qsizetype i = 0; i < n; ++i) {
        // The preview must come back: a loop (or loops within loops) that would print megabytes
        // or run millions of times stops, with a warning, where Jekyll would take minutes.
        if (++m_iterations > kMaxIterations || out.size() > m_outputLimit) {
            if (!m_cut) {
                m_cut = true;
                warn(node, tr("{% for %}: the loop's output is too large for the preview and was cut here"));
            }
            break;
        }
        m_vars->insert(var, items.at(i));
        m_vars->insert(QStringLiteral("forloop"), QVariantMap{
            {QStringLiteral("index"), i + 1}, {QStringLiteral("index0"), i},
            {QStringLiteral("rindex"), n - i}, {QStringLiteral("rindex0"), n - i - 1},
            {QStringLiteral("first"), i == 0}, {QStringLiteral("last"), i == n - 1},
            {QStringLiteral("length"), n}});
        if (renderNodes(branches[0].children, out) == Flow::Break)
            break;
    }
    m_vars->insert(var, savedVar);
    m_vars->insert(QStringLiteral("forloop"), savedLoop);
}

void LiquidRenderer::renderInclude(const LiquidNode &node, QString &out)
{
    QString markup = node.markup;
    if (markup.contains(QLatin1String("{{"))) {
        // {% include {{ page.kind }}.html %}: the name itself is Liquid.
        const qsizetype end = markup.indexOf(QLatin1String("}}"));
        LiquidRenderer inner(m_siteRoot, m_site);
        markup = inner.render(markup.left(end + 2), *m_vars, m_file) + markup.mid(end + 2);
    }
    const QString name = markup.simplified().section(QLatin1Char(' '), 0, 0);
    // include_relative reads beside the page (_posts/), include from _includes/. Like Jekyll, no
    // "..", and (as the preview promises) nothing whose real path leaves the site.
    const bool relative = node.text == QLatin1String("include_relative");
    QString folder = QStringLiteral("_includes");
    if (relative) {
        const QVariant page = lookup(QStringLiteral("page"));
        folder = QDir::cleanPath(QFileInfo(Liquid::toText(Liquid::member(page, QStringLiteral("path")))).path());
    }
    const QString clean = QDir::cleanPath(folder + QLatin1Char('/') + name);
    const QString path = m_siteRoot + QLatin1Char('/') + clean;
    static const QRegularExpression invalidSequence(QStringLiteral("[./]{2,}"));
    const QString realRoot = QFileInfo(m_siteRoot).canonicalFilePath();
    const QString realPath = QFileInfo(path).canonicalFilePath();
    if (m_siteRoot.isEmpty() || name.contains(invalidSequence) || QDir::isAbsolutePath(name)
        || clean.startsWith(QLatin1String("..")) || realPath.isEmpty() || !QFileInfo(realPath).isFile()
        || !realPath.startsWith(realRoot + QLatin1Char('/'))) {
        warn(node, tr("{% %1 %}: no file '%2' in the site").arg(node.text, clean));
        LiquidNode ph = node;
        ph.text = QStringLiteral("{% ") + node.text + QLatin1Char(' ') + node.markup + QStringLiteral(" %}");
        out += placeholder(ph);
        return;
    }
    if (m_depth >= kMaxDepth) {
        warn(node, tr("{% include %}: '%1' includes itself too deeply").arg(name));
        return;
    }
    QVariantMap params;
    static const QRegularExpression paramRe(
        QStringLiteral("([\\w-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"']+)"));
    auto it = paramRe.globalMatch(markup.mid(markup.indexOf(name) + name.size()));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString raw = m.captured(2);
        if (raw.startsWith(QLatin1Char('"')) || raw.startsWith(QLatin1Char('\''))) {
            params.insert(m.captured(1), raw.mid(1, raw.size() - 2));
        } else {
            const LiquidTokens tokens = LiquidTemplate::tokenize(raw);
            size_t pos = 0;
            params.insert(m.captured(1), evalExpression(tokens, pos, false));
        }
    }
    if (!m_includes.contains(path)) {
        QFile file(path);
        QString text;
        if (file.open(QIODevice::ReadOnly))
            text = QString::fromUtf8(file.readAll()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
        LiquidTemplate tpl = LiquidTemplate::parse(text, clean);
        m_warnings += tpl.warnings();
        m_includes.insert(path, std::move(tpl));
    }
    const QVariant savedInclude = lookup(QStringLiteral("include"));
    m_vars->insert(QStringLiteral("include"), params);
    const QString savedFile = m_file;
    m_file = clean;
    ++m_depth;
    renderNodes(m_includes.value(path).nodes(), out);
    --m_depth;
    m_file = savedFile;
    m_vars->insert(QStringLiteral("include"), savedInclude);
}

QVariant LiquidRenderer::evalPrimary(const LiquidTokens &t, size_t &pos)
{
    if (pos >= t.size())
        return {};
    const LiquidToken &tok = t[pos++];
    switch (tok.kind) {
    case LiquidToken::Kind::String:
        return tok.text;
    case LiquidToken::Kind::Number:
        return tok.text.contains(QLatin1Char('.')) ? QVariant(tok.text.toDouble()) : QVariant(tok.text.toLongLong());
    case LiquidToken::Kind::RangeOpen: {
        const qlonglong from = evalPrimary(t, pos).toLongLong();
        if (isTok(t, pos, ".."))
            ++pos;
        const qlonglong to = evalPrimary(t, pos).toLongLong();
        if (isTok(t, pos, ")"))
            ++pos;
        QVariantList range;
        for (qlonglong i = from; i <= to && range.size() < 100000; ++i)
            range << i;
        return range;
    }
    case LiquidToken::Kind::Identifier:
        break;
    default:
        return {};
    }
    if (tok.text == QLatin1String("true"))
        return true;
    if (tok.text == QLatin1String("false"))
        return false;
    if (tok.text == QLatin1String("nil") || tok.text == QLatin1String("null"))
        return {};
    if (tok.text == QLatin1String("empty") || tok.text == QLatin1String("blank"))
        return QString();
    QVariant value = lookup(tok.text);
    while (pos < t.size()) {
        if (t[pos].text == QLatin1String(".") && pos + 1 < t.size()) {
            value = Liquid::member(value, t[pos + 1].text);
            pos += 2;
        } else if (t[pos].text == QLatin1String("[")) {
            ++pos;
            const QVariant index = evalPrimary(t, pos);
            if (isTok(t, pos, "]"))
                ++pos;
            value = Liquid::at(value, index);
        } else {
            break;
        }
    }
    return value;
}

QVariant LiquidRenderer::evalExpression(const LiquidTokens &t, size_t &pos, bool withFilters)
{
    QVariant value = evalPrimary(t, pos);
    while (withFilters && isTok(t, pos, "|")) {
        ++pos;
        if (pos >= t.size())
            break;
        const QString name = t[pos++].text;
        QVariantList args;
        if (isTok(t, pos, ":")) {
            ++pos;
            while (pos < t.size() && !isTok(t, pos, "|")) {
                if (t[pos].kind == LiquidToken::Kind::Identifier && isTok(t, pos + 1, ":"))
                    pos += 2;   // keyword argument (allow_false: true): keep the value, drop the key
                args << evalPrimary(t, pos);
                if (isTok(t, pos, ","))
                    ++pos;
                else
                    break;
            }
        }
        QVariant result;
        if (expressionFilter(name, value, args, &result) || LiquidFilters::apply(name, value, args, m_site, &result)) {
            value = result;
        } else {
            m_warnings.append(RenderWarning{m_file, m_line, m_column, tr("Liquid filter '%1' is not supported in the preview; "
                                                             "value shown unfiltered").arg(name)});
        }
    }
    return value;
}

// Jekyll's filters that take a Liquid expression over each item: where_exp, find_exp, group_by_exp.
bool LiquidRenderer::expressionFilter(const QString &name, const QVariant &input, const QVariantList &args,
                                      QVariant *result)
{
    const bool where = name == QLatin1String("where_exp");
    const bool find = name == QLatin1String("find_exp");
    const bool group = name == QLatin1String("group_by_exp");
    if (!where && !find && !group)
        return false;
    const QString var = Liquid::toText(args.value(0)).trimmed();
    const LiquidTokens tokens = LiquidTemplate::tokenize(Liquid::toText(args.value(1)));
    const QVariant saved = lookup(var);
    if (group) {
        *result = LiquidFilters::groupBy(Liquid::toList(input), [&](const QVariant &item) {
            m_vars->insert(var, item);
            size_t pos = 0;
            return Liquid::toText(evalExpression(tokens, pos, true));
        });
        m_vars->insert(var, saved);
        return true;
    }
    QVariantList out;
    *result = QVariant();
    for (const QVariant &item : Liquid::toList(input)) {
        m_vars->insert(var, item);
        if (evalCondition(tokens, 0)) {
            if (find) {
                *result = item;
                break;
            }
            out << item;
        }
    }
    m_vars->insert(var, saved);
    if (where)
        *result = out;
    return true;
}

bool LiquidRenderer::evalCondition(const LiquidTokens &t, size_t pos)
{
    std::vector<bool> values;
    std::vector<bool> isAnd;
    while (pos < t.size()) {
        const QVariant left = evalPrimary(t, pos);
        bool result = Liquid::isTruthy(left);
        if (pos < t.size() && t[pos].kind == LiquidToken::Kind::Operator && !isTok(t, pos, "and")
            && !isTok(t, pos, "or")) {
            const QString op = t[pos++].text;
            const bool rightIsEmpty = pos < t.size() && t[pos].kind == LiquidToken::Kind::Identifier
                && (t[pos].text == QLatin1String("empty") || t[pos].text == QLatin1String("blank"));
            const QVariant right = evalPrimary(t, pos);
            if (rightIsEmpty && (op == QLatin1String("==") || op == QLatin1String("!=")))
                result = Liquid::isBlank(left) == (op == QLatin1String("=="));
            else if (op == QLatin1String("=="))
                result = Liquid::equals(left, right);
            else if (op == QLatin1String("!=") || op == QLatin1String("<>"))
                result = !Liquid::equals(left, right);
            else if (op == QLatin1String("contains"))
                result = Liquid::contains(left, right);
            else if (!left.isValid() || !right.isValid())
                result = false;
            else if (op == QLatin1String("<"))
                result = Liquid::compare(left, right) < 0;
            else if (op == QLatin1String(">"))
                result = Liquid::compare(left, right) > 0;
            else if (op == QLatin1String("<="))
                result = Liquid::compare(left, right) <= 0;
            else if (op == QLatin1String(">="))
                result = Liquid::compare(left, right) >= 0;
        }
        values.push_back(result);
        if (isTok(t, pos, "and") || isTok(t, pos, "or")) {
            isAnd.push_back(isTok(t, pos, "and"));
            ++pos;
        } else {
            break;
        }
    }
    if (values.empty())
        return false;
    // Liquid reads and/or right to left, without precedence.
    bool result = values.back();
    for (size_t i = values.size() - 1; i-- > 0;)
        result = isAnd[i] ? (values[i] && result) : (values[i] || result);
    return result;
}

} // namespace Lectern
