// SPDX-License-Identifier: GPL-3.0-or-later
#include "slug.h"

#include <QTest>

using namespace Lectern;

// Slug::slugify against Jekyll's own Utils.slugify. The expected values are Jekyll 4.3.1's output,
// produced on this machine with (one row per title, mode and `cased`):
//   ruby -e 'require "jekyll"; puts Jekyll::Utils.slugify(TITLE, mode: MODE, cased: CASED)'
// (the generator script is quoted in docs/jekyll-rules.md); "latin" uses i18n 1.10's transliteration.
class TestSlugify final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesJekyll_data();
    void matchesJekyll();
    void nonLatinTitlesKeepASlug_data();
    void nonLatinTitlesKeepASlug();
};

namespace {

void row(const char *name, const char16_t *title, const char *mode, bool cased, const char16_t *expected)
{
    QTest::newRow(name) << QString::fromUtf16(title) << QString::fromLatin1(mode) << cased
                        << QString::fromUtf16(expected);
}

} // namespace

void TestSlugify::matchesJekyll_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("cased");
    QTest::addColumn<QString>("expected");
    row("raw: ASCII", u"Quantum Widgets at Scale", "raw", false, u"quantum-widgets-at-scale");
    row("default: ASCII", u"Quantum Widgets at Scale", "default", false, u"quantum-widgets-at-scale");
    row("default, cased: ASCII", u"Quantum Widgets at Scale", "default", true, u"Quantum-Widgets-at-Scale");
    row("pretty: ASCII", u"Quantum Widgets at Scale", "pretty", false, u"quantum-widgets-at-scale");
    row("pretty, cased: ASCII", u"Quantum Widgets at Scale", "pretty", true, u"Quantum-Widgets-at-Scale");
    row("ascii: ASCII", u"Quantum Widgets at Scale", "ascii", false, u"quantum-widgets-at-scale");
    row("latin: ASCII", u"Quantum Widgets at Scale", "latin", false, u"quantum-widgets-at-scale");
    row("none: ASCII", u"Quantum Widgets at Scale", "none", false, u"quantum widgets at scale");
    row("raw: accents", u"Zoë Ångström", "raw", false, u"zoë-ångström");
    row("default: accents", u"Zoë Ångström", "default", false, u"zoë-ångström");
    row("default, cased: accents", u"Zoë Ångström", "default", true, u"Zoë-Ångström");
    row("pretty: accents", u"Zoë Ångström", "pretty", false, u"zoë-ångström");
    row("pretty, cased: accents", u"Zoë Ångström", "pretty", true, u"Zoë-Ångström");
    row("ascii: accents", u"Zoë Ångström", "ascii", false, u"zo-ngstr-m");
    row("latin: accents", u"Zoë Ångström", "latin", false, u"zoe-angstrom");
    row("none: accents", u"Zoë Ångström", "none", false, u"zoë ångström");
    row("raw: German ß and Nordic letters", u"Straße, Æsir, Ørsted, Łódź", "raw", false, u"straße,-æsir,-ørsted,-łódź");
    row("default: German ß and Nordic letters", u"Straße, Æsir, Ørsted, Łódź", "default", false, u"straße-æsir-ørsted-łódź");
    row("default, cased: German ß and Nordic letters", u"Straße, Æsir, Ørsted, Łódź", "default", true, u"Straße-Æsir-Ørsted-Łódź");
    row("pretty: German ß and Nordic letters", u"Straße, Æsir, Ørsted, Łódź", "pretty", false, u"straße,-æsir,-ørsted,-łódź");
    row("pretty, cased: German ß and Nordic letters", u"Straße, Æsir, Ørsted, Łódź", "pretty", true, u"Straße,-Æsir,-Ørsted,-Łódź");
    row("ascii: German ß and Nordic letters", u"Straße, Æsir, Ørsted, Łódź", "ascii", false, u"stra-e-sir-rsted-d");
    row("latin: German ß and Nordic letters", u"Straße, Æsir, Ørsted, Łódź", "latin", false, u"strasse-aesir-orsted-lodz");
    row("none: German ß and Nordic letters", u"Straße, Æsir, Ørsted, Łódź", "none", false, u"straße, æsir, ørsted, łódź");
    row("raw: capital sharp s", u"Übergrößenträger ẞ", "raw", false, u"übergrößenträger-ß");
    row("default: capital sharp s", u"Übergrößenträger ẞ", "default", false, u"übergrößenträger-ß");
    row("default, cased: capital sharp s", u"Übergrößenträger ẞ", "default", true, u"Übergrößenträger-ẞ");
    row("pretty: capital sharp s", u"Übergrößenträger ẞ", "pretty", false, u"übergrößenträger-ß");
    row("pretty, cased: capital sharp s", u"Übergrößenträger ẞ", "pretty", true, u"Übergrößenträger-ẞ");
    row("ascii: capital sharp s", u"Übergrößenträger ẞ", "ascii", false, u"bergr-entr-ger");
    row("latin: capital sharp s", u"Übergrößenträger ẞ", "latin", false, u"ubergrossentrager");
    row("none: capital sharp s", u"Übergrößenträger ẞ", "none", false, u"übergrößenträger ß");
    row("raw: CJK", u"量子计算研讨会", "raw", false, u"量子计算研讨会");
    row("default: CJK", u"量子计算研讨会", "default", false, u"量子计算研讨会");
    row("default, cased: CJK", u"量子计算研讨会", "default", true, u"量子计算研讨会");
    row("pretty: CJK", u"量子计算研讨会", "pretty", false, u"量子计算研讨会");
    row("pretty, cased: CJK", u"量子计算研讨会", "pretty", true, u"量子计算研讨会");
    row("ascii: CJK", u"量子计算研讨会", "ascii", false, u"");
    row("latin: CJK", u"量子计算研讨会", "latin", false, u"");
    row("none: CJK", u"量子计算研讨会", "none", false, u"量子计算研讨会");
    row("raw: CJK and Latin", u"GPU 研讨会", "raw", false, u"gpu-研讨会");
    row("default: CJK and Latin", u"GPU 研讨会", "default", false, u"gpu-研讨会");
    row("default, cased: CJK and Latin", u"GPU 研讨会", "default", true, u"GPU-研讨会");
    row("pretty: CJK and Latin", u"GPU 研讨会", "pretty", false, u"gpu-研讨会");
    row("pretty, cased: CJK and Latin", u"GPU 研讨会", "pretty", true, u"GPU-研讨会");
    row("ascii: CJK and Latin", u"GPU 研讨会", "ascii", false, u"gpu");
    row("latin: CJK and Latin", u"GPU 研讨会", "latin", false, u"gpu");
    row("none: CJK and Latin", u"GPU 研讨会", "none", false, u"gpu 研讨会");
    row("raw: Cyrillic", u"Квантовые вычисления 2025", "raw", false, u"квантовые-вычисления-2025");
    row("default: Cyrillic", u"Квантовые вычисления 2025", "default", false, u"квантовые-вычисления-2025");
    row("default, cased: Cyrillic", u"Квантовые вычисления 2025", "default", true, u"Квантовые-вычисления-2025");
    row("pretty: Cyrillic", u"Квантовые вычисления 2025", "pretty", false, u"квантовые-вычисления-2025");
    row("pretty, cased: Cyrillic", u"Квантовые вычисления 2025", "pretty", true, u"Квантовые-вычисления-2025");
    row("ascii: Cyrillic", u"Квантовые вычисления 2025", "ascii", false, u"2025");
    row("latin: Cyrillic", u"Квантовые вычисления 2025", "latin", false, u"2025");
    row("none: Cyrillic", u"Квантовые вычисления 2025", "none", false, u"квантовые вычисления 2025");
    row("raw: Greek", u"Κβαντική Πληροφορική", "raw", false, u"κβαντική-πληροφορική");
    row("default: Greek", u"Κβαντική Πληροφορική", "default", false, u"κβαντική-πληροφορική");
    row("default, cased: Greek", u"Κβαντική Πληροφορική", "default", true, u"Κβαντική-Πληροφορική");
    row("pretty: Greek", u"Κβαντική Πληροφορική", "pretty", false, u"κβαντική-πληροφορική");
    row("pretty, cased: Greek", u"Κβαντική Πληροφορική", "pretty", true, u"Κβαντική-Πληροφορική");
    row("ascii: Greek", u"Κβαντική Πληροφορική", "ascii", false, u"");
    row("latin: Greek", u"Κβαντική Πληροφορική", "latin", false, u"");
    row("none: Greek", u"Κβαντική Πληροφορική", "none", false, u"κβαντική πληροφορική");
    row("raw: Hangul", u"양자 컴퓨팅 세미나", "raw", false, u"양자-컴퓨팅-세미나");
    row("default: Hangul", u"양자 컴퓨팅 세미나", "default", false, u"양자-컴퓨팅-세미나");
    row("default, cased: Hangul", u"양자 컴퓨팅 세미나", "default", true, u"양자-컴퓨팅-세미나");
    row("pretty: Hangul", u"양자 컴퓨팅 세미나", "pretty", false, u"양자-컴퓨팅-세미나");
    row("pretty, cased: Hangul", u"양자 컴퓨팅 세미나", "pretty", true, u"양자-컴퓨팅-세미나");
    row("ascii: Hangul", u"양자 컴퓨팅 세미나", "ascii", false, u"");
    row("latin: Hangul", u"양자 컴퓨팅 세미나", "latin", false, u"");
    row("none: Hangul", u"양자 컴퓨팅 세미나", "none", false, u"양자 컴퓨팅 세미나");
    row("raw: Arabic", u"الحوسبة الكمومية", "raw", false, u"الحوسبة-الكمومية");
    row("default: Arabic", u"الحوسبة الكمومية", "default", false, u"الحوسبة-الكمومية");
    row("default, cased: Arabic", u"الحوسبة الكمومية", "default", true, u"الحوسبة-الكمومية");
    row("pretty: Arabic", u"الحوسبة الكمومية", "pretty", false, u"الحوسبة-الكمومية");
    row("pretty, cased: Arabic", u"الحوسبة الكمومية", "pretty", true, u"الحوسبة-الكمومية");
    row("ascii: Arabic", u"الحوسبة الكمومية", "ascii", false, u"");
    row("latin: Arabic", u"الحوسبة الكمومية", "latin", false, u"");
    row("none: Arabic", u"الحوسبة الكمومية", "none", false, u"الحوسبة الكمومية");
    row("raw: emoji between words", u"Launch 🚀 Party 🎉", "raw", false, u"launch-🚀-party-🎉");
    row("default: emoji between words", u"Launch 🚀 Party 🎉", "default", false, u"launch-party");
    row("default, cased: emoji between words", u"Launch 🚀 Party 🎉", "default", true, u"Launch-Party");
    row("pretty: emoji between words", u"Launch 🚀 Party 🎉", "pretty", false, u"launch-party");
    row("pretty, cased: emoji between words", u"Launch 🚀 Party 🎉", "pretty", true, u"Launch-Party");
    row("ascii: emoji between words", u"Launch 🚀 Party 🎉", "ascii", false, u"launch-party");
    row("latin: emoji between words", u"Launch 🚀 Party 🎉", "latin", false, u"launch-party");
    row("none: emoji between words", u"Launch 🚀 Party 🎉", "none", false, u"launch 🚀 party 🎉");
    row("raw: emoji only", u"🎉🎉", "raw", false, u"🎉🎉");
    row("default: emoji only", u"🎉🎉", "default", false, u"");
    row("default, cased: emoji only", u"🎉🎉", "default", true, u"");
    row("pretty: emoji only", u"🎉🎉", "pretty", false, u"");
    row("pretty, cased: emoji only", u"🎉🎉", "pretty", true, u"");
    row("ascii: emoji only", u"🎉🎉", "ascii", false, u"");
    row("latin: emoji only", u"🎉🎉", "latin", false, u"");
    row("none: emoji only", u"🎉🎉", "none", false, u"🎉🎉");
    row("raw: punctuation only", u"!!! — ???", "raw", false, u"!!!-—-???");
    row("default: punctuation only", u"!!! — ???", "default", false, u"");
    row("default, cased: punctuation only", u"!!! — ???", "default", true, u"");
    row("pretty: punctuation only", u"!!! — ???", "pretty", false, u"!!!");
    row("pretty, cased: punctuation only", u"!!! — ???", "pretty", true, u"!!!");
    row("ascii: punctuation only", u"!!! — ???", "ascii", false, u"");
    row("latin: punctuation only", u"!!! — ???", "latin", false, u"");
    row("none: punctuation only", u"!!! — ???", "none", false, u"!!! — ???");
    row("raw: leading and trailing symbols", u"  --AI: What's Next?! (2025) -- ", "raw", false, u"--ai:-what's-next?!-(2025)---");
    row("default: leading and trailing symbols", u"  --AI: What's Next?! (2025) -- ", "default", false, u"ai-what-s-next-2025");
    row("default, cased: leading and trailing symbols", u"  --AI: What's Next?! (2025) -- ", "default", true, u"AI-What-s-Next-2025");
    row("pretty: leading and trailing symbols", u"  --AI: What's Next?! (2025) -- ", "pretty", false, u"ai-what's-next-!-(2025)");
    row("pretty, cased: leading and trailing symbols", u"  --AI: What's Next?! (2025) -- ", "pretty", true, u"AI-What's-Next-!-(2025)");
    row("ascii: leading and trailing symbols", u"  --AI: What's Next?! (2025) -- ", "ascii", false, u"ai-what-s-next-2025");
    row("latin: leading and trailing symbols", u"  --AI: What's Next?! (2025) -- ", "latin", false, u"ai-what-s-next-2025");
    row("none: leading and trailing symbols", u"  --AI: What's Next?! (2025) -- ", "none", false, u"  --ai: what's next?! (2025) -- ");
    row("raw: leading and trailing hyphen", u"-Leading and trailing-", "raw", false, u"leading-and-trailing");
    row("default: leading and trailing hyphen", u"-Leading and trailing-", "default", false, u"leading-and-trailing");
    row("default, cased: leading and trailing hyphen", u"-Leading and trailing-", "default", true, u"Leading-and-trailing");
    row("pretty: leading and trailing hyphen", u"-Leading and trailing-", "pretty", false, u"leading-and-trailing");
    row("pretty, cased: leading and trailing hyphen", u"-Leading and trailing-", "pretty", true, u"Leading-and-trailing");
    row("ascii: leading and trailing hyphen", u"-Leading and trailing-", "ascii", false, u"leading-and-trailing");
    row("latin: leading and trailing hyphen", u"-Leading and trailing-", "latin", false, u"leading-and-trailing");
    row("none: leading and trailing hyphen", u"-Leading and trailing-", "none", false, u"-leading and trailing-");
    row("raw: quotes and dashes", u"New GPU Cluster \"Cedar\" – Opens", "raw", false, u"new-gpu-cluster-\"cedar\"-–-opens");
    row("default: quotes and dashes", u"New GPU Cluster \"Cedar\" – Opens", "default", false, u"new-gpu-cluster-cedar-opens");
    row("default, cased: quotes and dashes", u"New GPU Cluster \"Cedar\" – Opens", "default", true, u"New-GPU-Cluster-Cedar-Opens");
    row("pretty: quotes and dashes", u"New GPU Cluster \"Cedar\" – Opens", "pretty", false, u"new-gpu-cluster-cedar-opens");
    row("pretty, cased: quotes and dashes", u"New GPU Cluster \"Cedar\" – Opens", "pretty", true, u"New-GPU-Cluster-Cedar-Opens");
    row("ascii: quotes and dashes", u"New GPU Cluster \"Cedar\" – Opens", "ascii", false, u"new-gpu-cluster-cedar-opens");
    row("latin: quotes and dashes", u"New GPU Cluster \"Cedar\" – Opens", "latin", false, u"new-gpu-cluster-cedar-opens");
    row("none: quotes and dashes", u"New GPU Cluster \"Cedar\" – Opens", "none", false, u"new gpu cluster \"cedar\" – opens");
    row("raw: pretty's kept characters", u"a.b_c~d!e$f&g'h(i)j+k,l;m=n@o", "raw", false, u"a.b_c~d!e$f&g'h(i)j+k,l;m=n@o");
    row("default: pretty's kept characters", u"a.b_c~d!e$f&g'h(i)j+k,l;m=n@o", "default", false, u"a-b-c-d-e-f-g-h-i-j-k-l-m-n-o");
    row("default, cased: pretty's kept characters", u"a.b_c~d!e$f&g'h(i)j+k,l;m=n@o", "default", true, u"a-b-c-d-e-f-g-h-i-j-k-l-m-n-o");
    row("pretty: pretty's kept characters", u"a.b_c~d!e$f&g'h(i)j+k,l;m=n@o", "pretty", false, u"a.b_c~d!e$f&g'h(i)j+k,l;m=n@o");
    row("pretty, cased: pretty's kept characters", u"a.b_c~d!e$f&g'h(i)j+k,l;m=n@o", "pretty", true, u"a.b_c~d!e$f&g'h(i)j+k,l;m=n@o");
    row("ascii: pretty's kept characters", u"a.b_c~d!e$f&g'h(i)j+k,l;m=n@o", "ascii", false, u"a-b-c-d-e-f-g-h-i-j-k-l-m-n-o");
    row("latin: pretty's kept characters", u"a.b_c~d!e$f&g'h(i)j+k,l;m=n@o", "latin", false, u"a-b-c-d-e-f-g-h-i-j-k-l-m-n-o");
    row("none: pretty's kept characters", u"a.b_c~d!e$f&g'h(i)j+k,l;m=n@o", "none", false, u"a.b_c~d!e$f&g'h(i)j+k,l;m=n@o");
    row("raw: tab and newline", u"Two\tlines\nhere", "raw", false, u"two-lines-here");
    row("default: tab and newline", u"Two\tlines\nhere", "default", false, u"two-lines-here");
    row("default, cased: tab and newline", u"Two\tlines\nhere", "default", true, u"Two-lines-here");
    row("pretty: tab and newline", u"Two\tlines\nhere", "pretty", false, u"two-lines-here");
    row("pretty, cased: tab and newline", u"Two\tlines\nhere", "pretty", true, u"Two-lines-here");
    row("ascii: tab and newline", u"Two\tlines\nhere", "ascii", false, u"two-lines-here");
    row("latin: tab and newline", u"Two\tlines\nhere", "latin", false, u"two-lines-here");
    row("none: tab and newline", u"Two\tlines\nhere", "none", false, u"two\tlines\nhere");
    row("raw: compatibility forms", u"ﬁle ²", "raw", false, u"ﬁle-²");
    row("default: compatibility forms", u"ﬁle ²", "default", false, u"ﬁle");
    row("default, cased: compatibility forms", u"ﬁle ²", "default", true, u"ﬁle");
    row("pretty: compatibility forms", u"ﬁle ²", "pretty", false, u"ﬁle");
    row("pretty, cased: compatibility forms", u"ﬁle ²", "pretty", true, u"ﬁle");
    row("ascii: compatibility forms", u"ﬁle ²", "ascii", false, u"le");
    row("latin: compatibility forms", u"ﬁle ²", "latin", false, u"le");
    row("none: compatibility forms", u"ﬁle ²", "none", false, u"ﬁle ²");
    row("raw: dotted capital I", u"İstanbul Day", "raw", false, u"i̇stanbul-day");
    row("default: dotted capital I", u"İstanbul Day", "default", false, u"i̇stanbul-day");
    row("default, cased: dotted capital I", u"İstanbul Day", "default", true, u"İstanbul-Day");
    row("pretty: dotted capital I", u"İstanbul Day", "pretty", false, u"i̇stanbul-day");
    row("pretty, cased: dotted capital I", u"İstanbul Day", "pretty", true, u"İstanbul-Day");
    row("ascii: dotted capital I", u"İstanbul Day", "ascii", false, u"stanbul-day");
    row("latin: dotted capital I", u"İstanbul Day", "latin", false, u"istanbul-day");
    row("none: dotted capital I", u"İstanbul Day", "none", false, u"i̇stanbul day");
    row("raw: apostrophe and percent", u"Café's Menu: 50% off!", "raw", false, u"café's-menu:-50%-off!");
    row("default: apostrophe and percent", u"Café's Menu: 50% off!", "default", false, u"café-s-menu-50-off");
    row("default, cased: apostrophe and percent", u"Café's Menu: 50% off!", "default", true, u"Café-s-Menu-50-off");
    row("pretty: apostrophe and percent", u"Café's Menu: 50% off!", "pretty", false, u"café's-menu-50-off!");
    row("pretty, cased: apostrophe and percent", u"Café's Menu: 50% off!", "pretty", true, u"Café's-Menu-50-off!");
    row("ascii: apostrophe and percent", u"Café's Menu: 50% off!", "ascii", false, u"caf-s-menu-50-off");
    row("latin: apostrophe and percent", u"Café's Menu: 50% off!", "latin", false, u"cafe-s-menu-50-off");
    row("none: apostrophe and percent", u"Café's Menu: 50% off!", "none", false, u"café's menu: 50% off!");
    row("unknown mode name: as none", u"Hello World", "fancy", false, u"hello world");
    row("empty mode name: default", u"Hello World", "", false, u"hello-world");
}

void TestSlugify::matchesJekyll()
{
    QFETCH(QString, title);
    QFETCH(QString, mode);
    QFETCH(bool, cased);
    QFETCH(QString, expected);
    QCOMPARE(Slug::slugify(title, mode, cased), expected);
}

void TestSlugify::nonLatinTitlesKeepASlug_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("Chinese") << QStringLiteral("量子计算研讨会");
    QTest::newRow("Russian") << QStringLiteral("Семинар по физике");
    QTest::newRow("Greek") << QStringLiteral("Σεμινάριο");
    QTest::newRow("Korean") << QStringLiteral("세미나");
    QTest::newRow("Arabic") << QStringLiteral("ندوة");
    QTest::newRow("Japanese kana") << QStringLiteral("セミナー");
}

// Issue 15 item 11: a new post with a non-Latin title gets a file name (the default mode is Jekyll's).
void TestSlugify::nonLatinTitlesKeepASlug()
{
    QFETCH(QString, title);
    QVERIFY(!Slug::slugify(title).isEmpty());
    QCOMPARE(Slug::slugify(title), Slug::slugify(title, Slug::Mode::Default));
}

QTEST_GUILESS_MAIN(TestSlugify)
#include "tst_slugify.moc"
