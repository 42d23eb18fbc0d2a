#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 17: how close Lectern's Markdown is to the site's own (Jekyll 4 + kramdown) on real posts.

For each post of a corpus folder (default ../shared/corpus: posts/<site>/*.md, configs/<site>__config.yml),
the body HTML Jekyll makes (all posts in ONE bare site build; a post that breaks the build is
dropped and counted) is compared, block by block, with `lectern-cli export POST --format html`.
A block is the text of a p, h1-h6, li, td, th, pre, blockquote, dt or dd element (tags dropped,
white space collapsed); blocks are matched in order (difflib), and a post's score is
matched / max(blocks in Jekyll, blocks in Lectern).

Printed: the fraction of blocks identical, the same with typography folded to ASCII on both sides
(curly quotes, dashes, ellipsis, guillemets, no-break spaces), and the posts matching completely.
--summary prints one Markdown line for docs/BENCHMARKS.md; --verbose lists each differing block.

Usage: compare_blocks.py [--cli PATH] [--engine builtin|jekyll|auto] [--corpus DIR] [--summary]
                         [--verbose] [--only SUBSTRING] [--keep DIR]
ENGINE in the environment does what --engine does (passed to lectern-cli export as --engine).
Exit status: 0 measured, 77 skipped (no corpus or no jekyll), 2 usage or tool failure.
"""

import argparse
import concurrent.futures
import difflib
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "pre", "blockquote", "dt", "dd"}
# Elements whose text is not shown on the page (script: MathJax configuration, style).
HIDDEN_TAGS = {"script", "style", "template"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2013": "--", "\u2014": "---", "\u2026": "...", "\u00ab": "<<", "\u00bb": ">>", "\u00a0": " ",
    "\u202f": " ",
})

# The dump plugin of the bare site: each post's body HTML after kramdown, before any layout. A post
# whose render raises (an unknown Liquid tag, a missing include) is recorded as failed and the build
# goes on, so one build serves the whole corpus.
DUMP_PLUGIN = r'''
require "json"
$lectern_dump = {}
$lectern_failed = {}
Jekyll::Hooks.register :posts, :post_convert do |doc|
  $lectern_dump[doc.relative_path] = doc.content
end
module LecternSurviveRender
  def run
    super
  rescue StandardError => e
    $lectern_dump.delete(document.relative_path)
    $lectern_failed[document.relative_path] = e.message.to_s.lines.first.to_s.strip
    ""
  end
end
Jekyll::Renderer.prepend(LecternSurviveRender)
Jekyll::Hooks.register :site, :post_write do |site|
  File.write(File.join(site.source, "..", "dump.json"),
             JSON.generate({"built" => $lectern_dump, "failed" => $lectern_failed}))
end
'''


class BlockTexts(html.parser.HTMLParser):
    """The text of each block element, in document order (a block inside a block counts too)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []      # [tag, [text parts]]
        self.open = []        # stack of (tag, index into blocks or -1)
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID_TAGS:
            return
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        index = -1
        if tag in BLOCK_TAGS:
            index = len(self.blocks)
            self.blocks.append([tag, []])
        self.open.append((tag, index))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        # Close up to the matching open tag (HTML lets p and li close implicitly).
        for depth in range(len(self.open) - 1, -1, -1):
            if self.open[depth][0] == tag:
                for name, _ in self.open[depth:]:
                    if name in HIDDEN_TAGS:
                        self.hidden -= 1
                del self.open[depth:]
                return

    def handle_data(self, data):
        if self.hidden:
            return
        for _, index in self.open:
            if index >= 0:
                self.blocks[index][1].append(data)

    def texts(self):
        out = []
        for tag, parts in self.blocks:
            text = re.sub(r"\s+", " ", "".join(parts)).strip()
            out.append(tag + "\t" + text)
        return out


def blocks_of(markup):
    parser = BlockTexts()
    parser.feed(markup)
    parser.close()
    return parser.texts()


def score(jekyll_blocks, lectern_blocks):
    """(matched, total): blocks identical in order, over the larger count."""
    total = max(len(jekyll_blocks), len(lectern_blocks))
    if total == 0:
        return 0, 0
    matcher = difflib.SequenceMatcher(None, jekyll_blocks, lectern_blocks, autojunk=False)
    matched = sum(m.size for m in matcher.get_matching_blocks())
    return matched, total


def kramdown_settings(config_path):
    """The `kramdown:` mapping of a site's _config.yml, as YAML text (empty when none)."""
    if not config_path or not os.path.exists(config_path):
        return ""
    lines = open(config_path, encoding="utf-8", errors="replace").read().splitlines()
    out = []
    inside = False
    for line in lines:
        if re.match(r"^kramdown\s*:", line):
            inside = True
            out.append(line)
            continue
        if inside:
            if line.strip() == "" or line.startswith((" ", "\t")) or line.lstrip().startswith("#"):
                out.append(line)
                continue
            inside = False
    return "\n".join(out).rstrip() + ("\n" if out else "")


def find_posts(corpus, only):
    posts = []
    root = os.path.join(corpus, "posts")
    for site in sorted(os.listdir(root)):
        folder = os.path.join(root, site)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not re.search(r"\.(md|markdown|mkd|mkdn|mdown)$", name):
                continue
            path = os.path.join(folder, name)
            if only and only not in path:
                continue
            # A collection document (no date in its name) is built as a post dated 2000-01-01.
            as_post = name if re.match(r"^\d{2,4}-\d{1,2}-\d{1,2}-.+", name) else "2000-01-01-" + name
            posts.append({"site": site, "name": as_post, "path": path,
                          "config": os.path.join(corpus, "configs", site + "__config.yml")})
    return posts


def layout_names(post_path):
    text = open(post_path, encoding="utf-8", errors="replace").read()
    m = re.match(r"^---\s*\n(.*?)\n---", text, re.S)
    names = {"default", "post", "page"}
    if m:
        for lm in re.finditer(r"^layout\s*:\s*['\"]?([^'\"\s#]+)", m.group(1), re.M):
            names.add(lm.group(1))
    return names


def make_site(folder, posts, settings):
    """A bare Jekyll site holding POSTS as _posts/<site>/<name>."""
    os.makedirs(os.path.join(folder, "src", "_layouts"), exist_ok=True)
    os.makedirs(os.path.join(folder, "src", "_plugins"), exist_ok=True)
    with open(os.path.join(folder, "src", "_config.yml"), "w", encoding="utf-8") as f:
        f.write("markdown: kramdown\npermalink: /:categories/:year/:month/:day/:title:output_ext\n")
        f.write(settings)
    with open(os.path.join(folder, "src", "_plugins", "dump.rb"), "w", encoding="utf-8") as f:
        f.write(DUMP_PLUGIN)
    layouts = set()
    for post in posts:
        layouts |= layout_names(post["path"])
        target = os.path.join(folder, "src", "_posts", post["site"])
        os.makedirs(target, exist_ok=True)
        shutil.copyfile(post["path"], os.path.join(target, post["name"]))
    for name in layouts:
        with open(os.path.join(folder, "src", "_layouts", name + ".html"), "w", encoding="utf-8") as f:
            f.write("{{ content }}")


def jekyll_build(folder):
    """Builds the bare site in FOLDER; (dump dict or None, log)."""
    dump = os.path.join(folder, "dump.json")
    if os.path.exists(dump):
        os.remove(dump)
    proc = subprocess.run(["jekyll", "build", "--source", os.path.join(folder, "src"),
                           "--destination", os.path.join(folder, "out"), "--disable-disk-cache", "--quiet"],
                          capture_output=True, text=True, errors="replace", timeout=600)
    log = proc.stdout + proc.stderr
    if proc.returncode != 0 or not os.path.exists(dump):
        return None, log
    return json.load(open(dump, encoding="utf-8")), log


def reason_of(log):
    lines = [l for l in re.sub(r"\x1b\[[0-9;]*m", "", log).splitlines() if l.strip() and not l.startswith("\t")]
    errors = [l for l in lines if "Error" in l or "Exception" in l]
    return ((errors or lines or ["not built"])[0]).strip()[:200]


def jekyll_bodies(posts, settings, work, jobs):
    """{post path: body HTML} for the posts Jekyll builds; {post path: reason} for the others."""
    built, failed = {}, {}
    pending = list(posts)
    # One build for all; a post named in the error is dropped and the rest built again.
    for attempt in range(len(posts)):
        if not pending:
            break
        folder = os.path.join(work, "batch%d" % attempt)
        make_site(folder, pending, settings)
        dump, log = jekyll_build(folder)
        if dump is not None:
            for post in pending:
                key = "_posts/%s/%s" % (post["site"], post["name"])
                if key in dump["built"]:
                    built[post["path"]] = dump["built"][key]
                elif key in dump["failed"]:
                    failed[post["path"]] = dump["failed"][key][:200]
                else:
                    failed[post["path"]] = "not built (published: false or a future date?)"
            return built, failed
        blamed = [p for p in pending if "/%s/%s" % (p["site"], p["name"]) in log]
        if not blamed:
            break
        for post in blamed:
            failed[post["path"]] = reason_of(log)
        pending = [p for p in pending if p not in blamed]
    # Fall back to one site per post (two at a time: the machine is shared).
    def alone(post):
        folder = os.path.join(work, "alone", re.sub(r"\W", "_", post["site"] + post["name"]))
        make_site(folder, [post], settings)
        dump, log = jekyll_build(folder)
        key = "_posts/%s/%s" % (post["site"], post["name"])
        if dump is None or key not in dump["built"]:
            return post, None, dump["failed"].get(key, "not built") if dump else reason_of(log)
        return post, dump["built"][key], ""
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for post, body, reason in pool.map(alone, pending):
            if body is None:
                failed[post["path"]] = reason
            else:
                built[post["path"]] = body
    return built, failed


def lectern_body(cli, engine, post, settings, work):
    """Lectern's export of POST inside a bare site with the same kramdown settings."""
    site = os.path.join(work, "lectern", post["site"])
    os.makedirs(os.path.join(site, "_posts"), exist_ok=True)
    config = os.path.join(site, "_config.yml")
    if not os.path.exists(config):
        with open(config, "w", encoding="utf-8") as f:
            f.write("markdown: kramdown\n" + settings)
    target = os.path.join(site, "_posts", post["name"])
    shutil.copyfile(post["path"], target)
    command = [cli, "export", target, "--format", "html", "--site", site]
    if engine:
        command += ["--engine", engine]
    proc = subprocess.run(command, capture_output=True, text=True, errors="replace", timeout=300)
    if proc.returncode != 0:
        return None, proc.stderr.strip()[-300:]
    return proc.stdout, ""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.normpath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(root, "build", "test", "app", "lectern-cli"))
    ap.add_argument("--engine", default=os.environ.get("ENGINE", ""))
    ap.add_argument("--corpus", default=os.path.join(root, "..", "shared", "corpus"))
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--verbose-folded", action="store_true", help="list the blocks differing after folding")
    ap.add_argument("--only", default="")
    ap.add_argument("--keep", default="", help="work in this folder and keep it")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()

    if not os.path.isdir(os.path.join(args.corpus, "posts")):
        print("SKIP: no corpus at %s (expected posts/<site>/*.md); nothing compared" % args.corpus)
        return 77
    if shutil.which("jekyll") is None:
        print("SKIP: jekyll is not installed; nothing compared")
        return 77
    if not os.access(args.cli, os.X_OK):
        print("compare_blocks: %s is not an executable lectern-cli" % args.cli, file=sys.stderr)
        return 2
    posts = find_posts(args.corpus, args.only)
    if not posts:
        print("SKIP: no posts in %s" % args.corpus)
        return 77

    work = args.keep or tempfile.mkdtemp(prefix="lectern-blocks-")
    os.makedirs(work, exist_ok=True)
    try:
        # One bare site per distinct kramdown settings (usually one for the whole corpus).
        groups = {}
        for post in posts:
            post["settings"] = kramdown_settings(post["config"])
            groups.setdefault(post["settings"], []).append(post)
        built, failed = {}, {}
        for index, (settings, group) in enumerate(sorted(groups.items())):
            b, f = jekyll_bodies(group, settings, os.path.join(work, "jekyll%d" % index), args.jobs)
            built.update(b)
            failed.update(f)

        def lectern(post):
            return post, lectern_body(args.cli, args.engine, post, post["settings"], work)
        measured = [p for p in posts if p["path"] in built]
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(lectern, measured))

        matched = total = matched_folded = total_folded = complete = 0
        errors = []
        for post, (body, error) in results:
            if body is None:
                errors.append((post, error))
                body = ""
            jekyll_blocks = blocks_of(built[post["path"]])
            lectern_blocks = blocks_of(body)
            m, t = score(jekyll_blocks, lectern_blocks)
            mf, tf = score([b.translate(FOLD) for b in jekyll_blocks], [b.translate(FOLD) for b in lectern_blocks])
            matched += m
            total += t
            matched_folded += mf
            total_folded += tf
            if m == t:
                complete += 1
            elif args.verbose or (args.verbose_folded and mf != tf):
                print("== %s/%s: %d of %d blocks" % (post["site"], post["name"], m, t))
                fold = (lambda b: b.translate(FOLD)) if args.verbose_folded else (lambda b: b)
                for line in difflib.unified_diff([fold(b) for b in jekyll_blocks], [fold(b) for b in lectern_blocks],
                                                 "jekyll", "lectern", n=0, lineterm=""):
                    if not line.startswith("@@"):
                        print("   " + line)
        for post, error in errors:
            print("lectern-cli failed on %s/%s: %s" % (post["site"], post["name"], error), file=sys.stderr)
        if args.verbose:
            for path, reason in sorted(failed.items()):
                print("excluded (Jekyll did not build it): %s: %s" % (os.path.relpath(path, args.corpus), reason))

        n = len(results)
        identical = matched / total if total else 0.0
        folded = matched_folded / total_folded if total_folded else 0.0
        engine = args.engine or "default"
        if args.summary:
            print("- Block text identical to `jekyll build` (engine %s): **%.3f** of %d blocks; typography folded: "
                  "**%.3f**; posts matching completely: %d of %d (%d posts Jekyll did not build, excluded; "
                  "corpus %s)" % (engine, identical, total, folded, complete, n, len(failed),
                                  os.path.relpath(args.corpus, root)))
        else:
            print("engine: %s" % engine)
            print("posts compared: %d (excluded, Jekyll did not build them: %d)" % (n, len(failed)))
            print("blocks identical: %.3f (%d of %d)" % (identical, matched, total))
            print("typography folded: %.3f (%d of %d)" % (folded, matched_folded, total_folded))
            print("posts matching completely: %d of %d" % (complete, n))
        return 2 if errors and len(errors) == n else 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
