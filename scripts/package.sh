#!/usr/bin/env bash
# Builds the Debian package of ReLU Lab (installing missing Debian 12 packages first): a Release
# build in build-package/ with Debian's hardening flags, CPack's DEB generator, then lintian, which
# must report no error, and the validators of the desktop entry, the AppStream metadata and the
# man page on what it holds. The package's path is the last line on standard output:
#
#   sudo apt install "$(scripts/package.sh | tail -n 1)"
#
# Everything else goes to stderr.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Beside the build's packages: dpkg-shlibdeps (dpkg-dev) and file, which CPack runs to compute the
# package's dependencies; lintian; and the validators of the desktop entry, the AppStream metadata
# and the man page.
RELULAB_PACKAGE_TOOLS=(dpkg-dev file lintian desktop-file-utils appstream groff-base)
relulab_install_packages "${RELULAB_PACKAGES[@]}" "${RELULAB_PACKAGE_TOOLS[@]}"

RELULAB_BUILD="$RELULAB_ROOT/build-package"
# Debian's compiler and linker flags with all of its hardening (fortified functions, stack
# protector and clash protection, control-flow protection, read-only relocations bound at load
# time), as a package built by debhelper gets them. Without -g and -O2: the binary is stripped,
# and the Release build's -O3 is the project's choice.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
export DEB_CXXFLAGS_MAINT_STRIP="-g -O2"
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags="$(dpkg-buildflags --get LDFLAGS)"
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
relulab_configure "-DCMAKE_CXX_FLAGS=$cxxflags" "-DCMAKE_EXE_LINKER_FLAGS=$ldflags" \
    "${launcher[@]}"
# What the package holds only: the program, its man page and the Debian files; not the tests.
relulab_build relulab relulab_package_files

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$RELULAB_BUILD/CMakeCache.txt")"
revision="$(sed -n 's/^set(CPACK_DEBIAN_PACKAGE_RELEASE "\(.*\)")$/\1/p' \
    "$RELULAB_BUILD/CPackConfig.cmake")"
deb="$RELULAB_BUILD/relulab_${version}-${revision}_$(dpkg --print-architecture).deb"
rm -f "$deb"
(cd "$RELULAB_BUILD" && cpack -G DEB) >&2
if [[ ! -f "$deb" ]]; then
    echo "relulab: cpack did not write $deb" >&2
    exit 1
fi

# Errors fail the script; warnings and notes are shown (the README lists the ones left and why).
lintian --fail-on error --display-info "$deb" >&2
# What the package holds, unpacked: the AppStream metadata with its desktop entry and icon, the
# desktop entry and the man page, checked as the package tests check the build's.
unpacked="$(mktemp -d)"
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb --extract "$deb" "$unpacked"
"$RELULAB_ROOT/tests/package/check_package_files.sh" tree "$unpacked" >&2
echo "$deb"
