// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "renderwarning.h"

#include <QString>

#include <vector>

namespace Lectern {

// One token of a Liquid expression or tag markup.
struct LiquidToken
{
    enum class Kind { Identifier, String, Number, Operator, Punct, RangeOpen };
    Kind kind = Kind::Identifier;
    QString text;
};
using LiquidTokens = std::vector<LiquidToken>;

// A parsed Liquid node. Blocks keep their branches (if/elsif/else, for/else) as Branch children.
struct LiquidNode
{
    enum class Kind {
        Text, Output, If, Unless, Case, For, Branch, Assign, Capture, Include, Raw, Highlight,
        Link, PostUrl, Placeholder, Break, Continue, Increment, Decrement
    };
    Kind kind = Kind::Text;
    QString text;            // Text and Raw content; tag name for tags; source for placeholders
    QString markup;          // the tag's arguments as written
    LiquidTokens tokens;     // markup, tokenised once
    int line = 0;
    int column = 0;
    std::vector<LiquidNode> children;
};

// Lexes and parses a template once; never throws: broken markup becomes Placeholder nodes and warnings.
class LiquidTemplate final
{
public:
    static LiquidTemplate parse(const QString &source, const QString &fileName = QString());
    static LiquidTokens tokenize(const QString &markup);

    const std::vector<LiquidNode> &nodes() const { return m_nodes; }
    const RenderWarnings &warnings() const { return m_warnings; }

private:
    std::vector<LiquidNode> m_nodes;
    RenderWarnings m_warnings;
};

} // namespace Lectern
