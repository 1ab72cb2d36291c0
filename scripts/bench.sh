#!/usr/bin/env bash
# One benchmark command: builds in Release (build-bench/, apart from the test build), runs every
# program of benchmarks/ and the PyTorch peer side by side, and writes docs/benchmarks.md (also
# printed). The raw JSON lines stay in build-bench/bench-results.jsonl.
#
#   scripts/bench.sh           the full run (a few minutes)
#   scripts/bench.sh --quick   short runs, to check the script itself; the numbers are rough
#   RELULAB_BENCH_BUILD=build scripts/bench.sh   the same in an existing Release build directory
#
# The peer needs Debian's python3-torch (a few hundred MB): installed here when run as root,
# otherwise the command to install it is printed and the peer columns say "skipped". Only this
# script installs it; test.sh and run.sh never do. Numbers mean something on a quiet machine only:
# the report records the load average before and after.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

quick=0
case "${1:-}" in
    --quick) quick=1 ;;
    "") ;;
    *)
        echo "relulab: bench.sh [--quick], got '$1'" >&2
        exit 2
        ;;
esac

# python3 writes the report; python3-torch is the peer (optional: see below).
relulab_install_packages "${RELULAB_PACKAGES[@]}" python3
# RELULAB_BENCH_BUILD=build reuses another Release build directory (e.g. the test build).
RELULAB_BUILD="${RELULAB_BENCH_BUILD:-$RELULAB_ROOT/build-bench}"
[[ "$RELULAB_BUILD" == /* ]] || RELULAB_BUILD="$RELULAB_ROOT/$RELULAB_BUILD"
relulab_configure
mapfile -t benchmarks < <(sed -nE 's/^add_executable\((bench_[a-z0-9_]+) .*/\1/p' \
    "$RELULAB_ROOT/benchmarks/CMakeLists.txt")
relulab_build relulab "${benchmarks[@]}"

results="$RELULAB_BUILD/bench-results.jsonl"
log="$RELULAB_BUILD/bench.log"
: > "$results"
: > "$log"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# Arguments per program: full run, quick run.
arguments() {
    case "$1" in
        bench_redraw | bench_training_redraw) ((quick)) && echo 40 || echo 500 ;;
        bench_train) ((quick)) && echo 0.1 || echo 1 ;;
        bench_training_gui) ((quick)) && echo 2 || echo 10 ;;
        bench_memory) ((quick)) && echo 100000 || echo 1000000 ;;
        bench_startup) ((quick)) && echo 2 || echo 7 ;;
        bench_regions) ((quick)) && echo 20 || echo 200 ;;
        bench_animation) ((quick)) && echo 10 || echo 40 ;;
    esac
}

for program in "${benchmarks[@]}"; do
    echo "relulab: running $program" >&2
    # shellcheck disable=SC2046  # the arguments are words on purpose
    if ! "$RELULAB_BUILD/benchmarks/$program" $(arguments "$program") > "$RELULAB_BUILD/$program.out" 2>> "$log"; then
        echo "relulab: $program failed (see $log)" >&2
    fi
    grep '^{' "$RELULAB_BUILD/$program.out" >> "$results" || true
done

# The peer: the same network, data, batch, optimizer, learning rate and steps in PyTorch.
python=/usr/bin/python3  # Debian's, where python3-torch lives (not a pyenv or venv python)
peer=1
if ! "$python" -c 'import torch' 2> /dev/null; then
    if ((EUID == 0)) && command -v apt-get > /dev/null; then
        echo "relulab: installing python3-torch for the PyTorch peer" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update >&2
        apt-get install -y python3-torch >&2
    else
        echo "relulab: the PyTorch peer needs Debian's python3-torch; skipped. Install it with:" >&2
        echo "sudo apt-get install -y python3-torch" >&2
        peer=0
    fi
fi

data="$RELULAB_BUILD/peer-data.csv"
for hidden in 8,8 16,16,16; do
    for activation in relu leaky prelu maxout; do
        for batch in 10 320; do
            if ((batch == 10)); then steps=10000; else steps=1000; fi
            ((quick)) && steps=$((steps / 10))
            common=(--hidden "$hidden" --activation "$activation" --pieces 2 --optimizer sgd
                --lr 0.1 --batch "$batch" --steps "$steps")
            echo "relulab: peer comparison $hidden $activation batch $batch" >&2
            # The circle set of `relulab train`'s defaults; its 320 training examples go to the
            # peer through the CSV. Best of three for our side: it runs in a fraction of a second.
            ours="null"
            for _ in 1 2 3; do
                line="$("$RELULAB_BUILD/app/relulab" train --dataset circle --samples 400 --seed 1 \
                    "${common[@]}" --log-every "$steps" --write-data "$data" 2>> "$log" | tail -n 1)"
                ours="$("$python" -c 'import json, sys
best, line = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(json.dumps(line if best is None or line["examples_per_s"] > best["examples_per_s"] else best))' \
                    "$ours" "$line")"
            done
            them="null"
            if ((peer)); then
                them="$("$python" "$RELULAB_ROOT/benchmarks/peers/torch_train.py" --data "$data" \
                    "${common[@]}" 2>> "$log" | tail -n 1)" || them="null"
            fi
            printf '{"benchmark":"peer","net":"2-%s-1","activation":"%s","batch":%d,"steps":%d,"ours":%s,"peer":%s}\n' \
                "${hidden//,/-}" "$activation" "$batch" "$steps" "$ours" "${them:-null}" >> "$results"
        done
    done
done

compiler="$(sed -nE 's/^CMAKE_CXX_COMPILER:[A-Z]+=(.*)/\1/p' "$RELULAB_BUILD/CMakeCache.txt")"
"$python" "$RELULAB_ROOT/scripts/bench_report.py" "$results" "$RELULAB_ROOT/docs/benchmarks.md" \
    --cores "$(nproc)" \
    --cpu "$(sed -nE 's/^model name[[:space:]]*: (.*)/\1/p' /proc/cpuinfo | head -n 1)" \
    --qt "$(dpkg-query -W -f='${Version}' libqt6core6 2> /dev/null || echo unknown)" \
    --compiler "$("$compiler" --version | head -n 1)" \
    --load "$load_before / $(cut -d' ' -f1-3 /proc/loadavg)" \
    --quick "$quick"
