# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for lectern-cli: commands, each command's options, --format/--template/--slug-mode
# values, and files (posts for FILE, folders for SITE_DIR). tests/install/docs_match_help.sh checks that every
# command and option of `lectern-cli --help` is offered here.
_lectern_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="get set unset save check schema list new export status publish pull"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi

    local command=${words[1]}
    case $prev in
        --format)
            COMPREPLY=($(compgen -W "html email text pdf card-image ics eml" -- "$cur"))
            return ;;
        --template)
            COMPREPLY=($(compgen -W "seminar news" -- "$cur"))
            _filedir md
            return ;;
        --engine)
            COMPREPLY=($(compgen -W "auto jekyll builtin" -- "$cur"))
            return ;;
        --slug-mode)
            COMPREPLY=($(compgen -W "default pretty ascii latin raw" -- "$cur"))
            return ;;
        --site)
            _filedir -d
            return ;;
        -o | --output)
            _filedir
            return ;;
        --title | --date | --yaml | -m)
            return ;;
    esac

    local options
    case $command in
        get) options="--body" ;;
        set) options="--string --yaml -o --output --" ;;
        unset | save) options="-o --output" ;;
        list) options="--json" ;;
        new) options="--title --date --template --draft --slug-mode" ;;
        export) options="--format -o --output --site --with-header --inline-images --engine --trust-site --upcoming --all --category --now" ;;
        check) options="--spelling --spelling-errors" ;;
        status) options="--json" ;;
        publish) options="-m --no-push --keep-theirs --keep-mine --edit-merge" ;;
        *) options="" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    case $command in
        list | new | status | pull) _filedir -d ;;
        schema) _filedir ;;
        export) _filedir '@(md|markdown|mkd|mkdn|html)'; _filedir -d ;;   # a post, or a site for the calendar feed
        *) _filedir '@(md|markdown|mkd|mkdn|html)' ;;
    esac
} &&
    complete -F _lectern_cli lectern-cli
