#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (-DSK_FUZZ=ON), replays the committed
# crash regressions (tests/fuzz/regressions/<target>/), then fuzzes each target for a bounded
# time from a temporary copy of its seed corpus (tests/fuzz/corpus/<target>/, never modified),
# two targets at a time. Fails on any crash, sanitizer report, leak or slow input, and prints
# one summary line per target.
#
#   FUZZ_SECONDS=30     seconds per target
#   FUZZ_JOBS=2         targets run in parallel
#   FUZZ_BUILD_DIR=build-fuzz
#   FUZZ_ARTIFACTS=<build dir>/fuzz-artifacts   where crashing inputs and logs are kept
#   FUZZ_TARGETS="fuzz_ack fuzz_batch"          a subset (default: every target)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
start=$SECONDS

export FUZZ_SECONDS=${FUZZ_SECONDS:-30}
jobs=${FUZZ_JOBS:-2}
build=${FUZZ_BUILD_DIR:-build-fuzz}
export FUZZ_ARTIFACTS=${FUZZ_ARTIFACTS:-$root/$build/fuzz-artifacts}
export FUZZ_BIN_DIR=$root/$build/tests/fuzz

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
CC=clang CXX=clang++ cmake -S . -B "$build" -DSK_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz_all
targets=${FUZZ_TARGETS:-$(cat "$build/fuzz_targets.txt")}

rm -rf "$FUZZ_ARTIFACTS"
mkdir -p "$FUZZ_ARTIFACTS"
FUZZ_WORK=$(mktemp -d)
export FUZZ_WORK
trap 'rm -rf "$FUZZ_WORK"' EXIT

# Longest input per target: a little above the largest real file of that kind, so the
# fuzzer spends its time on plausible sizes.
max_len() {
    case $1 in
        fuzz_bureau_public_key | fuzz_kiosk_public_key) echo 256 ;;
        fuzz_bureau_secret_key) echo 512 ;;
        fuzz_receipt) echo 128 ;;
        fuzz_ack | fuzz_classify) echo 4096 ;;
        fuzz_batch | fuzz_status_board | fuzz_sealed_record) echo 16384 ;;
        fuzz_survey_json | fuzz_survey_bundle) echo 32768 ;;
        *) echo 8192 ;;
    esac
}
export -f max_len

# Crashes found earlier must stay fixed: each committed input runs once.
replay() {
    local t=$1 dir=$root/tests/fuzz/regressions/$1
    [ -d "$dir" ] || return 0
    local files=("$dir"/*)
    [ -e "${files[0]}" ] || return 0
    if ! "$FUZZ_BIN_DIR/$t" "${files[@]}" >"$FUZZ_ARTIFACTS/$t.replay.log" 2>&1; then
        echo "fuzz: $t FAILED replaying tests/fuzz/regressions/$t (log: $FUZZ_ARTIFACTS/$t.replay.log)"
        tail -n 30 "$FUZZ_ARTIFACTS/$t.replay.log"
        return 1
    fi
    echo "fuzz: $t replayed ${#files[@]} regression input(s)"
}

run_one() {
    local t=$1
    local corpus=$FUZZ_WORK/corpus/$t log=$FUZZ_ARTIFACTS/$t.log
    mkdir -p "$corpus"
    cp -r "$root/tests/fuzz/corpus/$t/." "$corpus/" 2>/dev/null || true
    local rc=0
    "$FUZZ_BIN_DIR/$t" -max_total_time="$FUZZ_SECONDS" -max_len="$(max_len "$t")" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$FUZZ_ARTIFACTS/$t-" \
        "$corpus" >"$log" 2>&1 || rc=$?
    local execs rate cov ft corp
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n1 | cut -d' ' -f2)
    corp=$(grep -o 'corp: [0-9]*' "$log" | tail -n1 | cut -d' ' -f2)
    if [ "$rc" -ne 0 ]; then
        printf 'fuzz: %-24s FAILED (exit %s) after %s execs; input and log in %s\n' \
            "$t" "$rc" "${execs:-?}" "$FUZZ_ARTIFACTS"
        grep -E 'ERROR|SUMMARY|Test unit written|deadly signal' "$log" | head -n 8
        return 1
    fi
    printf 'fuzz: %-24s ok  %ss  %10s execs  %6s exec/s  cov %-5s ft %-5s corpus %s\n' \
        "$t" "$FUZZ_SECONDS" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}"
}
export -f replay run_one
export root

status=0
for t in $targets; do replay "$t" || status=1; done
# xargs exits non-zero if any run failed; every target still runs.
printf '%s\n' $targets | xargs -P "$jobs" -I{} bash -c 'run_one "$1"' _ {} || status=1

echo "fuzz: $(echo $targets | wc -w) targets, ${FUZZ_SECONDS}s each, $jobs at a time, $((SECONDS - start))s in all"
exit $status
