#!/usr/bin/env bash
# The bash completion of lectern-cli, driven as bash drives it: each row is the words typed so far
# and what the completion must offer. Exit 77 (skip) without bash-completion (scripts/deps.sh --test).
# Usage: bash_completion.sh SOURCE_DIR
source_dir=$1
framework=/usr/share/bash-completion/bash_completion
[ -r $framework ] || { echo "SKIP: $framework is missing (Debian: bash-completion; scripts/deps.sh --test)"; exit 77; }
# shellcheck disable=SC1090
source $framework
source "$source_dir/resources/completion/lectern-cli.bash"
cd "$source_dir/examples/site" || exit 2
status=0
offers() {   # offers "EXPECTED" WORD...: the completion of the last word is exactly EXPECTED
    local expected=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _lectern_cli
    local got="${COMPREPLY[*]}"
    if [ "$got" = "$expected" ]; then
        echo "ok: [$*] -> $got"
    else
        echo "FAIL: [$*] -> \"$got\", expected \"$expected\""
        status=1
    fi
}
offers "get set unset save check schema list new export status publish pull --help --version" lectern-cli ""
offers "publish pull" lectern-cli pu
offers "export" lectern-cli ex
offers "html email text pdf card-image ics eml" lectern-cli export post.md --format ""
offers "pdf" lectern-cli export post.md --format p
offers "--format" lectern-cli export post.md --f
offers "--slug-mode" lectern-cli new . --s
offers "default pretty ascii latin raw" lectern-cli new . --slug-mode ""
offers "seminar" lectern-cli new . --template se
offers "_posts/2025-03-19-lumi-ai-factories.md" lectern-cli get _posts/2025-03
offers "--string --yaml -o --output --" lectern-cli set post.md key -
offers "_posts" lectern-cli list _po
offers "auto jekyll builtin" lectern-cli export post.md --engine ""
offers "--spelling --spelling-errors" lectern-cli check --sp
offers "--no-push" lectern-cli publish post.md --n
exit $status
