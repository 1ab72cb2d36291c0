#!/usr/bin/env bash
# What the Debian package and `cmake --install` ship, checked with the validators Debian and
# software centres use. CTest runs one check per test (label package):
#
#   check_package_files.sh desktop-entry FILE.desktop   desktop-file-validate: no error, no hint
#   check_package_files.sh metainfo FILE.metainfo.xml   appstreamcli validate --strict, offline
#   check_package_files.sh man-page FILE.1              groff and man render it without a warning
#   check_package_files.sh install BUILD_DIR VERSION    `cmake --install` puts exactly the
#                                                       package's files in place, and they agree
#   check_package_files.sh tree ROOT                    all of the above on an installed tree
#
# A validator that is not installed skips the check (exit 77); scripts/test.sh installs them.
set -euo pipefail

skip_without() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "SKIP: $1 is not installed (Debian package $2)"
        exit 77
    fi
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# desktop-file-validate prints hints without failing; a hint fails here too.
check_desktop_entry() {
    skip_without desktop-file-validate desktop-file-utils
    local report
    report="$(desktop-file-validate "$1" 2>&1)" || fail "desktop-file-validate: $report"
    [[ -z "$report" ]] || fail "desktop-file-validate: $report"
}

# --no-net: the screenshots' and home page's addresses are not fetched (the build and the tests
# never use the network); --strict fails on warnings and infos, not only on errors.
check_metainfo() {
    skip_without appstreamcli appstream
    appstreamcli validate --no-net --strict --pedantic "$1" ||
        fail "appstreamcli validate reports issues in $1"
}

# The way lintian renders a man page (it reports every warning as manpage-has-errors-from-man),
# and groff with every warning on.
check_man_page() {
    skip_without groff groff-base
    local warnings
    warnings="$(groff -man -Tutf8 -ww -z "$1" 2>&1)"
    [[ -z "$warnings" ]] || fail "groff: $warnings"
    if command -v man >/dev/null 2>&1; then
        warnings="$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
            man --warnings -E UTF-8 -l -Tutf8 -Z "$1" 2>&1 >/dev/null)"
        [[ -z "$warnings" ]] || fail "man: $warnings"
    fi
}

check_install() {
    local build="$1" version="$2"
    root="$(mktemp -d)"  # global: the trap runs after this function has returned
    trap 'rm -rf "$root"' EXIT
    DESTDIR="$root" cmake --install "$build" --prefix /usr >/dev/null
    local expected actual
    expected="$(printf '%s\n' \
        usr/bin/relulab \
        usr/share/applications/relulab.desktop \
        usr/share/doc/relulab/changelog.Debian.gz \
        usr/share/doc/relulab/copyright \
        usr/share/icons/hicolor/scalable/apps/relulab.svg \
        usr/share/man/man1/relulab.1.gz \
        usr/share/metainfo/org.example.relulab.metainfo.xml)"
    actual="$(cd "$root" && find . -type f -printf '%P\n' | LC_ALL=C sort)"
    [[ "$actual" == "$expected" ]] || fail "installed files differ:
$(diff <(echo "$expected") <(echo "$actual") || true)"

    # One version everywhere: the program, the man page, the AppStream release, the changelog.
    local printed
    printed="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/relulab" --version)"
    [[ "$printed" == "relulab $version" ]] || fail "relulab --version printed '$printed'"
    gzip -dc "$root/usr/share/man/man1/relulab.1.gz" | head -n 2 | grep -qF "\"ReLU Lab $version\"" ||
        fail "the man page's title does not name version $version"
    grep -q "<release version=\"$version\"" \
        "$root/usr/share/metainfo/org.example.relulab.metainfo.xml" ||
        fail "the AppStream metadata has no release $version"
    gzip -dc "$root/usr/share/doc/relulab/changelog.Debian.gz" | head -n 1 |
        grep -q "^relulab ($version-[0-9]*) " || fail "the changelog's first entry is not $version"

    check_tree "$root"
}

# An installed tree (the install check's, or scripts/package.sh's unpacked .deb): the metadata as
# a software centre sees it, with its desktop entry and icon; the desktop entry; the man page.
check_tree() {
    local tree="$1"
    if command -v appstreamcli >/dev/null 2>&1; then
        appstreamcli validate-tree --no-net --strict "$tree" ||
            fail "appstreamcli validate-tree reports issues"
    fi
    if command -v desktop-file-validate >/dev/null 2>&1; then
        check_desktop_entry "$tree/usr/share/applications/relulab.desktop"
    fi
    if command -v groff >/dev/null 2>&1; then
        gzip -dc "$tree/usr/share/man/man1/relulab.1.gz" >"$tree/relulab.1"
        check_man_page "$tree/relulab.1"
        rm "$tree/relulab.1"
    fi
}

case "${1:-}" in
desktop-entry) check_desktop_entry "$2" ;;
metainfo) check_metainfo "$2" ;;
man-page) check_man_page "$2" ;;
install) check_install "$2" "$3" ;;
tree) check_tree "$2" ;;
*)
    echo "usage: $0 desktop-entry|metainfo|man-page|install|tree ARGUMENTS" >&2
    exit 2
    ;;
esac
