#!/usr/bin/env bash
# Builds the fuzz preset (clang, libFuzzer, ASan+UBSan) and runs each fuzz target in turn.
#   tests/libfuzzer/run.sh [SECONDS] [TARGET...]
# SECONDS per target (default 60); TARGETs from targets.txt (default: all of them).
# Seeds: ../shared/corpus/<folder> as targets.txt lists, and regressions/<target>/; the
# corpus a target grows is kept in build/fuzz/corpus/<target>, what it finds (crash-*,
# leak-*, timeout-*, oom-*) in build/fuzz/artifacts/<target>/, its output in
# build/fuzz/logs/<target>.log. Exits non-zero when any target found anything.
# Environment: JOBS (build parallelism, default 2), REFMEND_SHARED_DIR (default ../shared),
# FUZZ_TIMEOUT (seconds an input may run, default 30),
# FUZZ_ARGS (more libFuzzer flags, e.g. "-jobs=2" or "-only_ascii=1").
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build_dir=$root/build/fuzz
shared=${REFMEND_SHARED_DIR:-$root/../shared}
jobs=${JOBS:-2}
# Seconds one input may take before it counts as a hang. A 16 KB seed takes about a second
# under ASan on an idle machine and took 13 s on one busy with a build: 30 s leaves room for
# load and still catches a loop that never ends.
timeout=${FUZZ_TIMEOUT:-30}

seconds=60
if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# name -> "max_len folders", in the order of targets.txt
declare -A spec
order=()
while read -r name max_len folders _; do
    [[ -z $name || $name == \#* ]] && continue
    spec[$name]="$max_len ${folders:-}"
    order+=("$name")
done < "$here/targets.txt"

selected=("$@")
[ ${#selected[@]} -eq 0 ] && selected=("${order[@]}")
for name in "${selected[@]}"; do
    if [ -z "${spec[$name]:-}" ]; then
        echo "unknown fuzz target '$name'; known: ${order[*]}" >&2
        exit 2
    fi
done

if [ ! -f "$build_dir/build.ninja" ]; then
    log "configuring (fuzz)"
    cmake --preset fuzz -S "$root" || exit 1
fi
log "building (fuzz)"
nice -n 10 cmake --build "$build_dir" --parallel "$jobs" \
    --target $(printf 'fuzz_%s ' "${selected[@]}") || exit 1

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizer/lsan.supp:print_suppressions=0}

failed=()
summary=()
for name in "${selected[@]}"; do
    read -r max_len folders <<< "${spec[$name]}"
    exe=$build_dir/tests/libfuzzer/fuzz_$name
    corpus=$build_dir/corpus/$name
    artifacts=$build_dir/artifacts/$name
    out=$build_dir/logs/$name.log
    mkdir -p "$corpus" "$artifacts" "$build_dir/logs"
    seeds=()
    for folder in ${folders//,/ }; do
        if [ -d "$shared/corpus/$folder" ]; then
            seeds+=("$shared/corpus/$folder")
        else
            echo "warning: no seed folder $shared/corpus/$folder" >&2
        fi
    done
    [ -d "$here/regressions/$name" ] && seeds+=("$here/regressions/$name")

    log "fuzzing $name for ${seconds}s"
    start=$(date +%s)
    # The first folder is the one libFuzzer writes new inputs to; the seeds are only read.
    # shellcheck disable=SC2086
    nice -n 10 "$exe" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 \
        -max_len="$max_len" -artifact_prefix="$artifacts/" -print_final_stats=1 \
        ${FUZZ_ARGS:-} "$corpus" "${seeds[@]}" > "$out" 2>&1
    rc=$?
    elapsed=$(( $(date +%s) - start ))

    # The final status line: "#123456 DONE cov: 1234 ft: 5678 corp: ..." (or the last
    # "pulse"/"NEW" line when it stopped early); executions from the final stats.
    last=$(grep -E '^#[0-9]+' "$out" | grep -E ' cov: ' | tail -n 1)
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<< "$last")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<< "$last")
    execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$out" | tail -n 1)
    [ -z "$execs" ] && execs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<< "$last")
    status=ok
    if [ $rc -ne 0 ] || grep -qE '^==[0-9]+==ERROR|runtime error:|^SUMMARY: |==refmend-fuzz==' "$out"; then
        status="FAILED (exit $rc)"
        failed+=("$name")
        grep -E '==refmend-fuzz==|^==[0-9]+==ERROR|runtime error:|^SUMMARY: |Test unit written to|ERROR: libFuzzer' "$out" \
            | head -n 8 | sed 's/^/    /' >&2
        echo "    full output: $out" >&2
    fi
    summary+=("$(printf '%-11s %-16s execs %-10s cov %-6s ft %-7s %4ss' \
        "$name" "$status" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$elapsed")")
done

log "summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
echo "fuzz: $(( ${#selected[@]} - ${#failed[@]} )) passed, ${#failed[@]} failed"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (inputs in $build_dir/artifacts/)" >&2
    exit 1
fi
