#!/usr/bin/env bash
# Builds everything with warnings as errors (installing Debian 12 packages first), runs all tests.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

relulab_install_packages
relulab_configure -DRELULAB_WERROR=ON
relulab_build
QT_QPA_PLATFORM=offscreen exec ctest --test-dir "$RELULAB_BUILD" --output-on-failure -j2
