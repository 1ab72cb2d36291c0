#!/usr/bin/env bash
# Builds ReLU Lab when needed (installing Debian 12 packages first) and runs it with the arguments.
# Usage: scripts/run.sh [relulab arguments], e.g. scripts/run.sh export --csv - --samples 5
set -euo pipefail
caller_dir="$PWD"
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

relulab_install_packages
relulab_configure
relulab_build relulab
# Back to where the caller was, so relative paths such as `--png out.png` land where they expect.
cd "$caller_dir"
exec "$RELULAB_BUILD/app/relulab" "$@"
