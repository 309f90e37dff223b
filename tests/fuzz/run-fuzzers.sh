#!/usr/bin/env bash
# Builds the libFuzzer targets (if needed) and runs each for SECONDS, one
# after the other, from the seed corpus in tests/fuzz/corpus/<target>.
#
#   tests/fuzz/run-fuzzers.sh SECONDS            # CI: SECONDS=60
#   CODEX_FUZZ_BUILD_DIR=/path tests/fuzz/run-fuzzers.sh 600
#   CODEX_FUZZ_TARGETS="search" tests/fuzz/run-fuzzers.sh 30
#
# Inputs the fuzzers discover go to BUILD/fuzz/work/<target>, crashes to
# BUILD/fuzz/artifacts/<target>/; the source tree is not touched. A crash
# ends the run with a non-zero status: copy the input to
# tests/fuzz/regressions/<target>/ and tst_fuzzregressions replays it.
set -euo pipefail

seconds=${1:?usage: run-fuzzers.sh SECONDS}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build=${CODEX_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
targets=${CODEX_FUZZ_TARGETS:-catalogue search detail}

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$build" -G Ninja \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTATUS_CODEX_FUZZ=ON -DSTATUS_CODEX_WERROR=ON
fi
fuzz_targets=()
for target in $targets; do
    fuzz_targets+=("fuzz_$target")
done
cmake --build "$build" -j2 --target "${fuzz_targets[@]}"

status=0
summary=""
for target in $targets; do
    work="$build/fuzz/work/$target"
    artifacts="$build/fuzz/artifacts/$target"
    mkdir -p "$work" "$artifacts"
    options=(-max_total_time="$seconds" -rss_limit_mb=4096 -timeout=30 -print_final_stats=1
             -artifact_prefix="$artifacts/")
    if [ -f "$here/$target.dict" ]; then
        options+=(-dict="$here/$target.dict")
    fi
    log="$build/fuzz/$target.log"
    echo "== fuzz_$target for ${seconds}s (log: $log)"
    if "$build/tests/fuzz/fuzz_$target" "${options[@]}" "$work" "$here/corpus/$target" >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
        tail -n 60 "$log"
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    summary+="fuzz_$target: $result, ${runs:-?} executions in ${seconds}s"$'\n'
done
printf '%s' "$summary"
exit $status
