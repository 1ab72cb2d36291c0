#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (ASan + UBSan, in build-fuzz/) and runs each
# for SECONDS (default 60), starting from its seed corpus in fuzz/corpus/<name>/.
#
#   scripts/fuzz.sh [--with-tests] [SECONDS] [TARGET ...]     e.g. scripts/fuzz.sh 600 maxout
#
# --with-tests first builds and runs the core and session tests in the same sanitized clang build
# (CI: a sanitized subset of the suite without a second build; scripts/test.sh --sanitize runs all).
#
# Inputs that reach new code are kept in build-fuzz/corpus/<name>/ (not committed; they make the
# next run start further on). A crash stops the run with exit 1 and its input saved as
# build-fuzz/crashes/<name>-crash-<hash>: copy that into fuzz/corpus/<name>/ and fix the bug;
# from then on ctest replays it as fuzz_corpus_<name> in every build.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

with_tests=0
if [[ "${1:-}" == --with-tests ]]; then
    with_tests=1
    shift
fi
seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "relulab: fuzz.sh [--with-tests] SECONDS [TARGET ...], SECONDS a whole number > 0, got '$seconds'" >&2
    exit 2
fi
shift || true

# libFuzzer comes with clang's runtime libraries; the version must match the compiler's.
relulab_install_packages "${RELULAB_PACKAGES[@]}" clang-14 libclang-rt-14-dev
RELULAB_BUILD="$RELULAB_ROOT/build-fuzz"
# CXX picks the compiler when the build directory is configured the first time.
# -O1 with line tables: what libFuzzer and the sanitizers are meant to run at, and quicker to build
# than -O3.
CXX=clang++-14 relulab_configure -DRELULAB_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only"

# fuzz/CMakeLists.txt lists its targets' names there when it is configured (ninja build.ninja
# configures again first if a CMakeLists.txt changed).
relulab_build build.ninja
mapfile -t all < "$RELULAB_BUILD/fuzz-targets.txt"
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")
if ((with_tests)); then
    relulab_build
    echo "relulab: the core and session tests under ASan + UBSan (clang)" >&2
    ctest --test-dir "$RELULAB_BUILD" --output-on-failure -j2 -L '^(core|session)$' >&2
else
    relulab_build "${targets[@]/#/fuzz_}"
fi

mkdir -p "$RELULAB_BUILD/crashes"
# One target: fuzzes it, writes its report to fuzz-<name>.result and its exit status to
# fuzz-<name>.status (read back below, in the targets' order).
fuzz_one() {
    local name="$1" corpus="$RELULAB_BUILD/corpus/$1" log="$RELULAB_BUILD/fuzz-$1.log" runs
    mkdir -p "$corpus"
    {
        echo "relulab: fuzzing $name for ${seconds}s"
        if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            "$RELULAB_BUILD/fuzz/fuzz_$name" -max_total_time="$seconds" -rss_limit_mb=1024 \
            -print_final_stats=1 -artifact_prefix="$RELULAB_BUILD/crashes/$name-" \
            "$corpus" "$RELULAB_ROOT/fuzz/corpus/$name" 2> "$log"; then
            echo "relulab: fuzz_$name FAILED; see $log:"
            grep -E 'ERROR|property failed|Test unit written|SUMMARY' "$log" || true
            echo 1 > "$RELULAB_BUILD/fuzz-$name.status"
            return
        fi
        runs="$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log")"
        echo "relulab: fuzz_$name: no crash in ${runs:-?} runs, corpus $(find "$corpus" -type f | wc -l) inputs"
        echo 0 > "$RELULAB_BUILD/fuzz-$name.status"
    } > "$RELULAB_BUILD/fuzz-$name.result" 2>&1
}

# A fuzzer is one process on one core: two at a time on the two cores CI has.
jobs_at_once="$(nproc 2>/dev/null || echo 1)"
for name in "${targets[@]}"; do
    while (($(jobs -rp | wc -l) >= jobs_at_once)); do wait -n || true; done
    rm -f "$RELULAB_BUILD/fuzz-$name.status"
    fuzz_one "$name" &
done
wait
status=0
for name in "${targets[@]}"; do
    cat "$RELULAB_BUILD/fuzz-$name.result" >&2
    [[ "$(cat "$RELULAB_BUILD/fuzz-$name.status" 2>/dev/null)" == 0 ]] || status=1
done
exit "$status"
