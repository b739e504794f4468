#!/bin/sh
# The package tests (ctest label `package`, registered by installer/CMakeLists.txt):
#
#   check-package.sh build   DIST CPackConfig.cmake   make the .deb and .tar.gz in DIST and unpack
#                                                      the .deb into DIST/root, a throwaway root
#   check-package.sh run     DIST VERSION             run both programs from DIST/root
#   check-package.sh files   DIST VERSION APP_ID      what is installed where; the validators
#   check-package.sh lintian DIST                     lintian, failing on errors
#
# DIST is removed by the package_cleanup test.
set -eu
mode=$1 dist=$2
root="$dist/root"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Runs "$@", and fails with its output unless `grep -E PATTERN` finds a line of it.
expect() {
    pattern=$1
    shift
    output=$("$@" 2>&1) || fail "exit $? from: $* -> $output"
    printf '%s\n' "$output" | grep -Eq -- "$pattern" || fail "'$pattern' not in the output of: $* -> $output"
    printf '%s\n' "$output" | grep -E -- "$pattern" | head -n 3
}

deb() {
    set -- "$dist"/*.deb
    [ -f "$1" ] || fail "no .deb in $dist"
    echo "$1"
}

case $mode in
build)
    rm -rf "$dist"
    mkdir -p "$dist"
    cpack --config "$3" -B "$dist" >"$dist/cpack.log" 2>&1 || {
        cat "$dist/cpack.log"
        fail "cpack"
    }
    rm -rf "$dist/_CPack_Packages"
    dpkg-deb -x "$(deb)" "$root"
    ls -l "$dist"
    ;;

run)
    version=$3
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    # Nothing of the person running the tests is read or written.
    export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
        XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch" LC_ALL=C.UTF-8 \
        AWS_CONFIG_FILE="$scratch/aws-config" AWS_SHARED_CREDENTIALS_FILE="$scratch/aws-credentials" \
        DBUS_SESSION_BUS_ADDRESS=disabled: QT_QPA_PLATFORM=offscreen
    unset AWS_REGION AWS_REGION_NAME AWS_DEFAULT_REGION AWS_PROFILE AWS_BEDROCK_RUNTIME_ENDPOINT
    bin="$root/usr/bin"

    expect "^bedrock-route $version\$" "$bin/bedrock-route" --version
    expect "^bedrock-console $version\$" "$bin/bedrock-console" --version
    expect "geo-prefix-region-mismatch" \
        "$bin/bedrock-route" parse --region us-east-1 bedrock/invoke/eu.amazon.nova-micro-v1:0
    expect '"model_id":"us\.anthropic\.claude-3-5-sonnet-20241022-v2:0"' \
        "$bin/bedrock-route" parse --json --region us-west-2 bedrock/converse/us.anthropic.claude-3-5-sonnet-20241022-v2:0
    # Called by its full path, a command still names itself as typed.
    expect "^Usage: bedrock-route parse \[options\]" "$bin/bedrock-route" parse --help
    sample="$root/usr/share/doc/bedrock-route-console/examples/sample-config.yaml"
    expect "^rows=[1-9]" timeout 120 "$bin/bedrock-console" --measure-startup "$sample"
    expect "^startup_ms=[0-9]+\$" timeout 120 "$bin/bedrock-console" --measure-startup "$sample"

    # Completion as bash does it, against the installed program.
    completion="$root/usr/share/bash-completion/completions/bedrock-route"
    complete_words() {
        PATH="$bin:$PATH" bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
            _bedrock_route; printf "%s\n" "${COMPREPLY[@]}"' complete "$completion" "$@"
    }
    expect "^decode-stream\$" complete_words bedrock-route dec
    expect "^--region\$" complete_words bedrock-route parse --reg
    expect "^import-aws-profile\$" complete_words bedrock-route credentials i
    expect "^configmap\$" complete_words bedrock-route export config.yaml --to c
    ;;

files)
    version=$3 id=$4
    share="$root/usr/share"
    for path in usr/bin/bedrock-console usr/bin/bedrock-route \
        "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
        "usr/share/icons/hicolor/scalable/apps/$id.svg" \
        usr/share/man/man1/bedrock-console.1.gz usr/share/man/man1/bedrock-route.1.gz \
        usr/share/bash-completion/completions/bedrock-route \
        usr/share/doc/bedrock-route-console/copyright usr/share/doc/bedrock-route-console/changelog.Debian.gz; do
        [ -s "$root/$path" ] || fail "$path is not in the package"
    done
    for size in 16 22 24 32 48 64 128 256; do
        png="$share/icons/hicolor/${size}x${size}/apps/$id.png"
        # PNG: width and height are the big-endian words at offsets 16 and 20.
        dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }')
        [ "$dims" = "${size}x${size}" ] || fail "$png is $dims"
    done
    echo "icons: scalable and 8 PNG sizes"

    desktop-file-validate "$share/applications/$id.desktop" || fail "desktop-file-validate"
    appstreamcli validate --pedantic --no-net "$share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"

    newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$share/metainfo/$id.metainfo.xml" | head -n 1)
    [ "$newest" = "$version" ] || fail "the newest release in the metainfo is $newest, the project is $version"
    expect "^$version-1\$" dpkg-deb -f "$(deb)" Version
    expect "libqt6widgets6" dpkg-deb -f "$(deb)" Depends
    expect "libqt6keychain1" dpkg-deb -f "$(deb)" Depends
    expect "libsecret-1-0" dpkg-deb -f "$(deb)" Depends
    expect "gnome-keyring" dpkg-deb -f "$(deb)" Recommends
    expect "^bedrock-route-console \($version-1\)" zcat "$root/usr/share/doc/bedrock-route-console/changelog.Debian.gz"

    # Each man page is its program's help: every command of bedrock-route has its section.
    for command in $("$root/usr/bin/bedrock-route" --help | sed -n '/^Commands:$/,/^$/p' | awk 'NR > 1 && NF { print $1 }'); do
        zcat "$share/man/man1/bedrock-route.1.gz" | grep -q "^\.SS \"bedrock\\\\-route $(echo "$command" | sed 's/-/\\\\-/g')\"" ||
            fail "bedrock-route.1 has no section for $command"
    done
    zcat "$share/man/man1/bedrock-console.1.gz" | grep -q 'measure\\-startup' || fail "bedrock-console.1 lacks --measure-startup"
    for page in bedrock-route bedrock-console; do
        synopsis=$(zcat "$share/man/man1/$page.1.gz" | sed -n '/^\.SH SYNOPSIS/{n;n;p;q}')
        case $synopsis in "" | */*) fail "$page.1: the synopsis is '$synopsis', not the program's arguments" ;; esac
    done
    if command -v man >/dev/null 2>&1; then
        for page in bedrock-route bedrock-console; do
            warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$share/man/man1/$page.1.gz" 2>&1 >/dev/null)
            [ -z "$warnings" ] || fail "man $page: $warnings"
        done
        echo "man pages: render without warnings"
    fi

    # The .tar.gz holds what the .deb holds.
    set -- "$dist"/*.tar.gz
    tar -tzf "$1" | grep -v '/$' | sed 's|^[^/]*/||' | sort >"$dist/tgz.list"
    (cd "$root/usr" && find . -type f -o -type l) | sed 's|^\./||' | sort >"$dist/deb.list"
    diff -u "$dist/deb.list" "$dist/tgz.list" || fail "the .tar.gz and the .deb differ"
    echo "tar.gz: $(wc -l <"$dist/tgz.list") files, the same as the .deb"
    ;;

lintian)
    lintian --allow-root --fail-on error --display-info "$(deb)" >"$dist/lintian.log" 2>&1 || {
        cat "$dist/lintian.log"
        fail "lintian reports errors"
    }
    cat "$dist/lintian.log"
    echo "lintian: $(grep -c '^E:' "$dist/lintian.log") errors, $(grep -c '^W:' "$dist/lintian.log") warnings," \
        "$(grep -c '^I:' "$dist/lintian.log") infos"
    ;;

*)
    fail "unknown mode $mode"
    ;;
esac
