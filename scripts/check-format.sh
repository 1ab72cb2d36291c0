#!/usr/bin/env bash
# Checks that every tracked C++ source is formatted as the root .clang-format says (what CI runs).
# Installs Debian's clang-format first when it is missing (as root). Exits 1 listing the files that
# differ; `clang-format -i FILE` fixes one.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

relulab_install_packages clang-format
mapfile -t sources < <(git -C "$RELULAB_ROOT" ls-files '*.cpp' '*.h')
if ! clang-format --dry-run -Werror "${sources[@]}"; then
    echo "relulab: the files above are not formatted; run clang-format -i on them" >&2
    exit 1
fi
echo "relulab: ${#sources[@]} sources formatted" >&2
