#!/usr/bin/env bash
# The man pages and completions are written by hand from `--help`: every command and option the programs
# print must appear in lectern(1), lectern-cli(1) and both lectern-cli completions, so a new option is
# documented when it is added. Names each missing word.
# Usage: docs_match_help.sh LECTERN LECTERN_CLI SOURCE_DIR
set -euo pipefail
lectern=$1 cli=$2 source=$3
status=0
# man's own rendering, so "\-\-draft" in troff counts as "--draft".
render() { MANWIDTH=200 LC_ALL=C.UTF-8 man -l "$1" 2>/dev/null | sed 's/‐/-/g'; }
lectern_page=$(render "$source/resources/man/lectern.1")
cli_page=$(render "$source/resources/man/lectern-cli.1")
bash_completion=$(cat "$source/resources/completion/lectern-cli.bash")
zsh_completion=$(cat "$source/resources/completion/_lectern-cli")

# lectern --help lists Qt's parser output: "  --self-test   Check ...", "  -v, --version ...".
gui_options=$(QT_QPA_PLATFORM=offscreen "$lectern" --help | grep -oE '(^|[ ,])--[a-z][a-z-]*' | tr -d ' ,' | sort -u)
[ -n "$gui_options" ] || { echo "FAIL: lectern --help printed no option"; exit 1; }
for option in $gui_options; do
    grep -qF -- "$option" <<<"$lectern_page" || { echo "FAIL: lectern(1) does not mention $option"; status=1; }
done

# lectern-cli --help: "  get FILE [KEY] [--body]" per command; the first word is the command.
help=$("$cli" --help)
commands=$(grep -E '^  [a-z]' <<<"$help" | awk '{print $1}' | sort -u)
cli_options=$(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
short_options=$(grep -oE -- '(^|[ [])-[a-z]( |$)' <<<"$help" | tr -d ' [' | sort -u)
[ -n "$commands" ] || { echo "FAIL: lectern-cli --help printed no command"; exit 1; }
for command in $commands; do
    grep -qE "(^|[[:space:]])$command([[:space:]]|$)" <<<"$cli_page" || { echo "FAIL: lectern-cli(1) does not describe the command $command"; status=1; }
    grep -qE "(^|[ \"])$command([ |)]|$)" <<<"$bash_completion" || { echo "FAIL: the bash completion does not offer $command"; status=1; }
    grep -qE "'$command:" <<<"$zsh_completion" || { echo "FAIL: the zsh completion does not offer $command"; status=1; }
done
for option in $cli_options $short_options; do
    grep -qF -- "$option" <<<"$cli_page" || { echo "FAIL: lectern-cli(1) does not mention $option"; status=1; }
    grep -qF -- "$option" <<<"$bash_completion" || { echo "FAIL: the bash completion does not offer $option"; status=1; }
    grep -qF -- "$option" <<<"$zsh_completion" || { echo "FAIL: the zsh completion does not offer $option"; status=1; }
done
# --format's values, from "--format html|email|...".
formats=$(grep -oE -- '--format [a-z|-]+' <<<"$help" | head -1 | cut -d' ' -f2 | tr '|' ' ')
for format in $formats; do
    grep -qE "\b$format\b" <<<"$(grep -A1 -- '--format)' <<<"$bash_completion")" || { echo "FAIL: the bash completion does not offer --format $format"; status=1; }
    grep -qE "\(.*\b$format\b.*\)" <<<"$(grep -- "'--format" <<<"$zsh_completion")" || { echo "FAIL: the zsh completion does not offer --format $format"; status=1; }
done
echo "lectern options: $(echo $gui_options)"
echo "lectern-cli commands: $(echo $commands)"
echo "lectern-cli options: $(echo $cli_options $short_options)"
echo "export formats: $formats"
[ $status -eq 0 ] && echo "every one is in the man pages and both completions"
exit $status
