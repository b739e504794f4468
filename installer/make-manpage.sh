#!/bin/sh
# Writes a program's man page from its own --help, so the page and the help cannot drift.
#
#   make-manpage.sh OUT.1.gz PROGRAM NAME SEE_ALSO [commands]
#
# PROGRAM is the built program, NAME the name it is installed as, SEE_ALSO another page
# ("bedrock-console(1)"). With `commands`, every command listed under "Commands:" gets its own
# subsection made from `NAME COMMAND --help`. The help is Qt's QCommandLineParser layout: a usage
# line, paragraphs, and "Options:"-style headings over two-column entries.
set -eu
out=$1 program=$2 name=$3 see_also=$4 mode=${5:-}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# English help, no display, no warnings about the runtime folder.
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$scratch"
# In a sanitizer build, what Qt's plugins keep until exit must not fail the build.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

# Help text on stdin, roff on stdout. part=page: the page's own sections; part=command: one
# subsection for the command `prog`.
to_roff() {
    awk -v part="$1" -v prog="$2" '
    function esc(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); return s }
    function text(s) { s = esc(s); if (s ~ /^[.\047]/) s = "\\&" s; print s }
    function heading(s) {
        if (part == "page") print ".SH " toupper(s); else print ".PP\n.B " esc(s ":")
    }
    NR == 1 && sub(/^Usage: /, "") {
        # The program as Qt names it (argv[0], maybe a path), then the command: as many words as prog.
        for (n = split(prog, words, " "); n > 0; n--) sub(/^ *[^ ]+/, "")
        if (part == "page") print ".SH SYNOPSIS"; else print ".SS \"" esc(prog) "\""
        print ".B " esc(prog)
        sub(/^ +/, "")
        text($0)
        para = 1
        next
    }
    /^$/ { para = 1; list = 0; next }
    /^[A-Z][A-Za-z ]*:$/ { heading(substr($0, 1, length($0) - 1)); list = 1; para = 0; next }
    list && /^   / { sub(/^ +/, ""); text($0); next }
    list && /^  [^ ]/ {
        sub(/^  /, "")
        term = $0; desc = ""
        if (match($0, /  +/)) { term = substr($0, 1, RSTART - 1); desc = substr($0, RSTART + RLENGTH) }
        print ".TP"
        print "\\fB" esc(term) "\\fR"
        if (desc != "") text(desc)
        next
    }
    {
        if (part == "page" && !described) { print ".SH DESCRIPTION"; described = 1; para = 0 }
        # "Options: --help, --version" and the like start a line of their own.
        if (para) { print ".PP"; para = 0 } else if ($0 ~ /^[A-Z][a-z ]*: /) print ".br"
        sub(/^ +/, "")
        text($0)
    }'
}

"$program" --help >"$scratch/help"
version=$("$program" --version | sed -n '1s/.* //p')
# The summary for NAME: the first line of prose after the usage line.
summary=$(sed -n '2,$p' "$scratch/help" | grep -v '^$' | head -n 1 | sed 's/\.$//')
upper=$(echo "$name" | tr '[:lower:]' '[:upper:]')

{
    printf '.TH "%s" "1" "" "%s %s" "User Commands"\n' "$upper" "$name" "$version"
    echo ".SH NAME"
    printf '%s \\- %s\n' "$(echo "$name" | sed 's/-/\\-/g')" "$(echo "$summary" | sed 's/\\/\\e/g; s/-/\\-/g')"
    to_roff page "$name" <"$scratch/help"
    if [ "$mode" = commands ]; then
        echo '.SH "COMMAND DETAILS"'
        sed -n '/^Commands:$/,/^$/p' "$scratch/help" | awk 'NR > 1 && NF { print $1 }' >"$scratch/commands"
        while read -r command; do
            "$program" "$command" --help >"$scratch/command-help"
            to_roff command "$name $command" <"$scratch/command-help"
        done <"$scratch/commands"
    fi
    echo ".SH \"SEE ALSO\""
    printf '%s\n' "$see_also" | sed 's/\(.*\)(\(.*\))/.BR \1 (\2)/; s/-/\\-/g'
} >"$scratch/page"

gzip -9nc "$scratch/page" >"$out"
