#!/usr/bin/env bash
# Builds everything with warnings as errors (installing Debian 12 packages first), runs all tests.
#
#   scripts/test.sh                    Release build in build/, every test
#   scripts/test.sh --sanitize         AddressSanitizer + UndefinedBehaviorSanitizer build in
#                                      build-sanitize/, every test under them
#   scripts/test.sh --sanitize=core    the same for the core and session tests and the fuzz
#                                      corpus replays only (what CI runs: see .ci/run)
#
# Further arguments go to ctest (e.g. -R tst_trainer).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

sanitize=""
if [[ "${1:-}" == --sanitize || "${1:-}" == --sanitize=* ]]; then
    sanitize="${1#--sanitize}"
    sanitize="${sanitize#=}"
    sanitize="${sanitize:-all}"
    shift
    if [[ "$sanitize" != all && "$sanitize" != core ]]; then
        echo "relulab: --sanitize takes no value or =core, got '$sanitize'" >&2
        exit 2
    fi
fi

# The validators the package tests (label package) run on the desktop entry, the AppStream
# metadata and the man page.
RELULAB_TEST_PACKAGES=(desktop-file-utils appstream groff-base)
relulab_install_packages "${RELULAB_PACKAGES[@]}" "${RELULAB_TEST_PACKAGES[@]}"
if [[ -z "$sanitize" ]]; then
    relulab_configure -DRELULAB_WERROR=ON
    relulab_build
    QT_QPA_PLATFORM=offscreen exec ctest --test-dir "$RELULAB_BUILD" --output-on-failure -j2 "$@"
fi

# Sanitized: its own build directory; -O1 with line tables only (-g1) keeps the reports' file and
# line while compiling in half the time of -O2 -g. Warnings are the Release build's business
# (GCC warns differently with sanitizers and other optimisation levels).
RELULAB_BUILD="$RELULAB_ROOT/build-sanitize"
relulab_configure -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" \
    -DRELULAB_SANITIZE=ON
if [[ "$sanitize" == all ]]; then
    relulab_build
    QT_QPA_PLATFORM=offscreen exec ctest --test-dir "$RELULAB_BUILD" --output-on-failure -j2 "$@"
fi

# core: the tests labelled core and session (those of src/core and src/session) and the fuzz
# targets' corpus replays; nothing with widgets, so a fraction of the build.
relulab_build core_session_tests
QT_QPA_PLATFORM=offscreen exec ctest --test-dir "$RELULAB_BUILD" --output-on-failure -j2 \
    -L '^(core|session)$' "$@"
