#!/usr/bin/env bash
# Runs each libFuzzer target for FUZZ_SECONDS (default 60) from its seeds (fuzz/corpus/<target>) and fails when any
# target finds a crash, a sanitizer report, a leak, a timeout or a broken invariant. Used by `make fuzz`.
# Usage: scripts/run-fuzz.sh <fuzz build dir> <target>...
# The corpus a run grows is kept in <build dir>/fuzz/corpus/<target> (never in the repository); findings are written
# to <build dir>/fuzz/artifacts/. When ../shared/conformance/json-patch-tests.json is there and python3 is installed,
# its documents and patches become extra seeds for the patch and diff targets (read at run time, never copied here).
set -uo pipefail
cd "$(dirname "$0")/.."
build_dir=$1
shift
seconds=${FUZZ_SECONDS:-60}
work="$build_dir/fuzz"
mkdir -p "$work/artifacts"

extra="$work/extra-seeds"
conformance=../shared/conformance/json-patch-tests.json
if [ -f "$conformance" ] && command -v python3 >/dev/null 2>&1; then
    rm -rf "$extra" && mkdir -p "$extra/fuzz_json_patch" "$extra/fuzz_json_diff"
    python3 - "$conformance" "$extra" <<'PY'
import json, sys
cases = json.load(open(sys.argv[1]))
for i, case in enumerate(cases):
    if "doc" not in case or "patch" not in case:
        continue
    doc = json.dumps(case["doc"])
    with open(f"{sys.argv[2]}/fuzz_json_patch/case-{i}", "w") as out:
        out.write(doc + "\n===\n" + json.dumps(case["patch"]))
    if "expected" in case:
        with open(f"{sys.argv[2]}/fuzz_json_diff/case-{i}", "w") as out:
            out.write(doc + "\n===\n" + json.dumps(case["expected"]))
PY
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

failed=()
for target in "$@"; do
    corpus="$work/corpus/$target"
    mkdir -p "$corpus"
    seeds=(fuzz/corpus/"$target")
    [ -d "$extra/$target" ] && seeds+=("$extra/$target")
    echo "== $target: ${seconds}s"
    if ! "$build_dir/fuzz/$target" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 \
        -dict=fuzz/json.dict -artifact_prefix="$work/artifacts/$target-" -print_final_stats=1 \
        "$corpus" "${seeds[@]}" >"$work/$target.log" 2>&1; then
        failed+=("$target")
        echo "   FAILED: see $work/$target.log and $work/artifacts/"
        grep -E 'ERROR|invariant failed|SUMMARY|Test unit written' "$work/$target.log" | head -20
    else
        grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$work/$target.log" | sed 's/^/   /'
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: ${#failed[@]} of $# targets found problems: ${failed[*]}"
    exit 1
fi
echo "fuzz: $# targets ran ${seconds}s each and found nothing"
