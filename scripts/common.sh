#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: installs missing Debian 12 packages, configures, builds.
# Sourced by those scripts (which set -euo pipefail); defines functions and cds to the repo root.
# Everything it prints goes to stderr, so `scripts/run.sh export --csv -` keeps stdout clean.

RELULAB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RELULAB_BUILD="$RELULAB_ROOT/build"
cd "$RELULAB_ROOT" || exit 1

# What a fresh Debian 12 needs to build and test: the compiler and build tools, Qt 6 (Core, Gui,
# Widgets, PrintSupport, Test; Svg from its own package), QCustomPlot, the OpenGL headers Qt6Gui's
# CMake files look for, one font so headless figures have text, and giflib and FFmpeg's libraries
# (libavcodec with libx264, libavformat, libswscale, libavutil) for the GIF and MP4 animations;
# Qt's lupdate and lrelease for the translations, and Qt's own translations for its dialogs.
RELULAB_PACKAGES=(
    cmake
    ninja-build
    g++
    qt6-base-dev
    qt6-base-dev-tools
    libqcustomplot-dev
    qt6-svg-dev
    libgl-dev
    fonts-dejavu-core
    libgif-dev
    libavcodec-dev
    libavformat-dev
    libswscale-dev
    libavutil-dev
    pkg-config
    qt6-l10n-tools
    qt6-translations-l10n
)

# relulab_missing_packages [package ...]: those of the given packages (default RELULAB_PACKAGES)
# that are not installed.
relulab_missing_packages() {
    local package status
    (($#)) || set -- "${RELULAB_PACKAGES[@]}"
    for package in "$@"; do
        status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
        if [[ "$status" != "install ok installed" ]]; then
            printf '%s\n' "$package"
        fi
    done
}

# relulab_install_packages [package ...]: installs the missing ones of the given packages (default
# RELULAB_PACKAGES) as root, or says how and exits.
relulab_install_packages() {
    (($#)) || set -- "${RELULAB_PACKAGES[@]}"
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "relulab: not a Debian system; make sure these are installed: $*" >&2
        return 0
    fi
    local missing=()
    mapfile -t missing < <(relulab_missing_packages "$@")
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    if ((EUID != 0)); then
        echo "relulab: missing packages: ${missing[*]}" >&2
        echo "relulab: install them as root, then run this script again:" >&2
        echo "sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "relulab: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y "${missing[@]}" >&2
}

# relulab_configure [-DNAME=VALUE ...]: runs CMake when there is no build yet, or when one of the
# given cache values differs from the existing build's, so a re-run costs nothing.
# shellcheck disable=SC2120  # called without arguments too: then there is nothing to compare
relulab_configure() {
    local needed=0 option name value
    if [[ ! -f "$RELULAB_BUILD/build.ninja" ]]; then
        needed=1
    else
        for option in "$@"; do
            name="${option#-D}"
            name="${name%%=*}"
            value="${option#*=}"
            if ! grep -Eq "^${name}(:[A-Z]+)?=${value}\$" "$RELULAB_BUILD/CMakeCache.txt"; then
                needed=1
            fi
        done
    fi
    if ((needed)); then
        cmake -S "$RELULAB_ROOT" -B "$RELULAB_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >&2
    fi
}

# relulab_build [target ...]: builds the given targets, or everything.
# shellcheck disable=SC2120  # called without arguments too: then it builds everything
relulab_build() {
    ninja -C "$RELULAB_BUILD" "$@" >&2
}
