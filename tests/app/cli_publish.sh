#!/bin/sh
# lectern-cli status/publish/pull with real git: a bare origin and two clones; exit codes 0, 1, 4, 5.
set -eu
CLI="$1"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf '[user]\n\tname = CLI Test\n\temail = cli@example.org\n[init]\n\tdefaultBranch = main\n' > "$T/gitconfig"
export GIT_CONFIG_GLOBAL="$T/gitconfig" GIT_CONFIG_NOSYSTEM=1 GIT_TERMINAL_PROMPT=0
fail() { echo "FAIL: $*"; exit 1; }
git init -q --bare "$T/remote.git"
git init -q "$T/seed"
printf 'title: Lab\nurl: https://example.org\nbaseurl: /lab\n' > "$T/seed/_config.yml"
mkdir "$T/seed/_posts"
printf -- '---\ntitle: First\n---\none\n' > "$T/seed/_posts/2025-01-01-first.md"
git -C "$T/seed" add . && git -C "$T/seed" commit -qm seed && git -C "$T/seed" push -q "$T/remote.git" main
git clone -q "$T/remote.git" "$T/us" && git clone -q "$T/remote.git" "$T/them"

# A folder that is not there, and files that are not posts: said in words, exit 2.
set +e; "$CLI" status "$T/nonexistent" > "$T/out" 2>&1; rc=$?; set -e
[ $rc = 2 ] && [ "$(cat "$T/out")" = "$T/nonexistent: no such folder" ] || { cat "$T/out"; fail "status of a missing folder: exit $rc"; }
printf '<p>home</p>\n' > "$T/us/index.html"
for f in _config.yml index.html; do
    set +e; "$CLI" publish "$T/us/$f" > "$T/out" 2>&1; rc=$?; set -e
    [ $rc = 2 ] && [ "$(cat "$T/out")" = "$T/us/$f is not a post (posts live in _posts/ or _drafts/)" ] || { cat "$T/out"; fail "publish $f: exit $rc"; }
done
rm "$T/us/index.html"

printf -- '---\ntitle: Graphs\ncategory: seminar\n---\ntext\n' > "$T/us/_posts/2025-02-01-graphs.md"
"$CLI" status "$T/us" | grep -q "^new	_posts/2025-02-01-graphs.md$" || fail "status: new post"
"$CLI" status "$T/us" --json | grep -q '"waiting": 1' || fail "status --json: waiting"

"$CLI" publish "$T/us/_posts/2025-02-01-graphs.md" --no-push > "$T/out" 2>&1 || fail "publish --no-push"
[ "$(git -C "$T/us" log -1 --format=%s)" = "Add seminar: Graphs" ] || fail "default message"
[ "$(git -C "$T/remote.git" rev-list --count main)" = 1 ] || fail "--no-push pushed"
"$CLI" status "$T/us" | grep -q "^unpushed	_posts/2025-02-01-graphs.md$" || fail "status: unpushed"

"$CLI" publish "$T/us/_posts/2025-02-01-graphs.md" > "$T/out" 2>&1 || { cat "$T/out"; fail "publish"; }
grep -q '^https://example.org/lab/seminar/2025/02/01/graphs.html$' "$T/out" || { cat "$T/out"; fail "public URL"; }
git -C "$T/remote.git" show main:_posts/2025-02-01-graphs.md | grep -q text || fail "remote lacks the post"

# A check error blocks (exit 1): a date Jekyll cannot read.
printf -- '---\ntitle: Bad\ndate: not a date\n---\n' > "$T/us/_posts/2025-03-01-bad.md"
set +e; "$CLI" publish "$T/us/_posts/2025-03-01-bad.md" > "$T/out" 2>&1; rc=$?; set -e
[ $rc = 1 ] || { cat "$T/out"; fail "check error: exit $rc, expected 1"; }
rm "$T/us/_posts/2025-03-01-bad.md"

# The colleague edits the same post: exit 4, ours kept, three versions printed, the colleague named.
git -C "$T/them" pull -q
git -C "$T/them" config user.name "Dana Doe"
printf -- '---\ntitle: First\n---\ntheirs\n' > "$T/them/_posts/2025-01-01-first.md"
git -C "$T/them" commit -qam theirs && git -C "$T/them" push -q
printf -- '---\ntitle: First\n---\nours\n' > "$T/us/_posts/2025-01-01-first.md"
set +e; "$CLI" publish "$T/us/_posts/2025-01-01-first.md" -m ours > "$T/out" 2>&1; rc=$?; set -e
[ $rc = 4 ] || { cat "$T/out"; fail "conflict: exit $rc, expected 4"; }
grep -q '^theirs$' "$T/out" && grep -q '^ours$' "$T/out" && grep -q '^one$' "$T/out" || { cat "$T/out"; fail "three versions"; }
grep -q '^Changed on the remote by Dana Doe; the newest change: .* “theirs”$' "$T/out" || { cat "$T/out"; fail "conflict: who changed it"; }
grep -q '^=== theirs (on the remote, by Dana Doe) ===$' "$T/out" || { cat "$T/out"; fail "conflict: their version's author"; }
grep -q '^ours$' "$T/us/_posts/2025-01-01-first.md" || fail "our file changed"
[ "$(git -C "$T/us" log -1 --format=%s)" = ours ] || fail "our commit lost"
grep -q -- '--keep-theirs' "$T/out" && grep -q -- '--keep-mine' "$T/out" && grep -q -- '--edit-merge' "$T/out" || { cat "$T/out"; fail "the choices"; }

# --keep-theirs: the file becomes theirs, ours is kept in a copy git ignores; the remote is as they left it.
theirs_head=$(git -C "$T/remote.git" rev-parse main)
"$CLI" publish "$T/us/_posts/2025-01-01-first.md" --keep-theirs > "$T/out" 2>&1 || { cat "$T/out"; fail "--keep-theirs"; }
grep -q '^theirs$' "$T/us/_posts/2025-01-01-first.md" || fail "--keep-theirs: file is not theirs"
[ "$(grep -c '_lectern-kept/' "$T/out")" = 1 ] || { cat "$T/out"; fail "--keep-theirs: the copy's path not said once"; }
grep -q '^ours$' "$T/us/_lectern-kept/2025-01-01-first (your version "*").md" || { ls -R "$T/us"; fail "--keep-theirs: no copy of ours"; }
[ "$(git -C "$T/remote.git" rev-parse main)" = "$theirs_head" ] || fail "--keep-theirs pushed"
[ -z "$(git -C "$T/us" status --porcelain)" ] || { git -C "$T/us" status; fail "--keep-theirs: work tree not clean"; }

# --keep-mine: ours on top of theirs, pushed without force (their commit stays an ancestor); where
# both changed the same line ours, and their title, which only they changed, stays.
printf -- '---\ntitle: First (theirs)\n---\ntheirs again\n' > "$T/them/_posts/2025-01-01-first.md"
git -C "$T/them" commit -qam "theirs again" && git -C "$T/them" push -q
theirs_head=$(git -C "$T/remote.git" rev-parse main)
printf -- '---\ntitle: First\n---\nmine again\n' > "$T/us/_posts/2025-01-01-first.md"
set +e; "$CLI" publish "$T/us/_posts/2025-01-01-first.md" -m "mine again" --keep-mine > "$T/out" 2>&1; rc=$?; set -e
[ $rc = 0 ] || { cat "$T/out"; fail "--keep-mine: exit $rc"; }
[ "$(git -C "$T/remote.git" show main:_posts/2025-01-01-first.md)" = "$(printf -- '---\ntitle: First (theirs)\n---\nmine again')" ] \
    || { git -C "$T/remote.git" show main:_posts/2025-01-01-first.md; fail "--keep-mine: remote is not ours with their title"; }
git -C "$T/remote.git" merge-base --is-ancestor "$theirs_head" main || fail "--keep-mine: their commit is gone"
[ "$(git -C "$T/remote.git" log -2 --format=%s main | tr '\n' '|')" = "mine again|theirs again|" ] || fail "--keep-mine: history"

# --edit-merge: both versions between markers (exit 4); refused while the markers are in; then published.
git -C "$T/them" pull -q
printf -- '---\ntitle: First\n---\ntheirs third\n' > "$T/them/_posts/2025-01-01-first.md"
git -C "$T/them" commit -qam "theirs third" && git -C "$T/them" push -q
printf -- '---\ntitle: First\n---\nmine third\n' > "$T/us/_posts/2025-01-01-first.md"
set +e; "$CLI" publish "$T/us/_posts/2025-01-01-first.md" -m third --edit-merge > "$T/out" 2>&1; rc=$?; set -e
[ $rc = 4 ] || { cat "$T/out"; fail "--edit-merge: exit $rc, expected 4"; }
grep -q '^<<<<<<< Your version$' "$T/us/_posts/2025-01-01-first.md" && grep -q '^>>>>>>> Dana Doe.s version$' "$T/us/_posts/2025-01-01-first.md" \
    || { cat "$T/us/_posts/2025-01-01-first.md"; fail "--edit-merge: markers"; }
# The marker lines are check errors, at their file:line:col: check and publish both stop (exit 1).
set +e; "$CLI" check "$T/us/_posts/2025-01-01-first.md" > "$T/out" 2>&1; rc=$?; set -e
[ $rc = 1 ] || { cat "$T/out"; fail "check with markers: exit $rc, expected 1"; }
grep -q "^$T/us/_posts/2025-01-01-first.md:4:1: error: conflict marker line" "$T/out" || { cat "$T/out"; fail "check: marker error"; }
[ "$(grep -c ': error: conflict marker line' "$T/out")" = 3 ] || { cat "$T/out"; fail "check: one error per marker line"; }
set +e; "$CLI" publish "$T/us/_posts/2025-01-01-first.md" -m third > "$T/out" 2>&1; rc=$?; set -e
[ $rc = 1 ] || { cat "$T/out"; fail "markers published: exit $rc, expected 1"; }
grep -q ':4:1: error: conflict marker line' "$T/out" || { cat "$T/out"; fail "publish: marker error"; }
printf -- '---\ntitle: First\n---\nboth third\n' > "$T/us/_posts/2025-01-01-first.md"
"$CLI" publish "$T/us/_posts/2025-01-01-first.md" -m third > "$T/out" 2>&1 || { cat "$T/out"; fail "publish after editing"; }
[ "$(git -C "$T/remote.git" log -2 --format=%s main | tr '\n' '|')" = "third|theirs third|" ] || fail "--edit-merge: history"

# A detached HEAD: no post is said to wait; the way back names the site's branch.
git -C "$T/us" switch -q --detach HEAD
"$CLI" status "$T/us" > "$T/out" 2>&1 || { cat "$T/out"; fail "status on a detached HEAD"; }
grep -q '^detached HEAD (no branch): switch to the branch the site builds from (main)$' "$T/out" || { cat "$T/out"; fail "detached: the way back"; }
grep -q '^committed	_posts/2025-01-01-first.md$' "$T/out" && ! grep -q 'unpushed\|waiting' "$T/out" || { cat "$T/out"; fail "detached: posts claimed waiting"; }
git -C "$T/us" switch -q main

# A branch the site does not build from: refused, named.
git -C "$T/us" switch -q -c feature && git -C "$T/us" push -q -u origin feature 2>/dev/null
printf -- '---\ntitle: Feature\n---\nx\n' > "$T/us/_posts/2025-05-01-feature.md"
set +e; "$CLI" publish "$T/us/_posts/2025-05-01-feature.md" > "$T/out" 2>&1; rc=$?; set -e
[ $rc = 2 ] || { cat "$T/out"; fail "wrong branch: exit $rc, expected 2"; }
grep -q 'built from “main”' "$T/out" || { cat "$T/out"; fail "wrong branch: message"; }
rm "$T/us/_posts/2025-05-01-feature.md"
git -C "$T/us" switch -q main

# Offline: exit 5, commit kept.
git -C "$T/us" reset -q --hard origin/main
mv "$T/remote.git" "$T/away.git"
printf -- '---\ntitle: Train\n---\nx\n' > "$T/us/_posts/2025-04-01-train.md"
set +e; "$CLI" publish "$T/us/_posts/2025-04-01-train.md" > "$T/out" 2>&1; rc=$?; set -e
[ $rc = 5 ] || { cat "$T/out"; fail "offline: exit $rc, expected 5"; }
# The key sentence first, then git's own words once (they were printed twice, after "exists..").
grep -v '…$' "$T/out" | head -1 | grep -q '^Not pushed: origin cannot be reached (offline, its server does not answer, or its address is wrong)\. Your commit is kept; Publish again to retry\.$' \
    || { cat "$T/out"; fail "offline: the sentence first"; }
[ "$(grep -c 'does not appear to be a git repository' "$T/out")" = 1 ] || { cat "$T/out"; fail "offline: git's words once"; }
! grep -q '\.\.' "$T/out" || { cat "$T/out"; fail "offline: a double period"; }
mv "$T/away.git" "$T/remote.git"
"$CLI" publish "$T/us/_posts/2025-04-01-train.md" > "$T/out" 2>&1 || { cat "$T/out"; fail "retry"; }

# Pull fast-forwards the colleague's change.
git -C "$T/them" pull -q
printf -- '---\ntitle: First\n---\nagain\n' > "$T/them/_posts/2025-01-01-first.md"
git -C "$T/them" commit -qam again && git -C "$T/them" push -q
"$CLI" pull "$T/us" > "$T/out" 2>&1 || { cat "$T/out"; fail "pull"; }
grep -q '^again$' "$T/us/_posts/2025-01-01-first.md" || fail "pull did not update"
echo "cli_publish: all passed"
