#!/usr/bin/env bash
# The gate's timing check on a noisy machine: false alarms and detection.
#
# Builds Release, runs benchmarks/gate/timing-noise.yaml once as the baseline, then RUNS times unchanged and RUNS
# times with the test estimator slowed down by SLOWDOWN (0.3 = 30% more of the same work), comparing each run with
# the baseline through `sampleimportance compare` at the default thresholds. The suite gates both time.cpu-median
# (process CPU time, the decision) and time.median (wall clock, reported for comparison). Exits 1 if any unchanged
# run's CPU gate reports a regression (or inconclusive: that fails a build too) or any slowed run is not caught by it.
#
# BASELINE=interleaved (default): one stored baseline run.json for the quality gates, and every run started with
# `--timing-reference` pointing at an unchanged copy of the plugin, so each timing iteration has a reference run beside
# it in the same process and the timing gates judge those pairs (Wilcoxon signed-rank), as a CI job that passes the
# base branch's plugin folder would.
# BASELINE=stored: one baseline for all runs, timing judged against its stored samples (Mann–Whitney), as a run.json
# committed to the repository would be.
# BASELINE=paired: a fresh baseline run right before each run, as a CI job that times the base commit and the pull
# request back to back would have.
#
#   benchmarks/gate/false-alarms.sh                    # 1 + 10 + 10 runs, 5–15 minutes on 2 busy cores
#   BASELINE=stored benchmarks/gate/false-alarms.sh    # the same without the reference (faster, and wrong on a busy machine)
#   BASELINE=paired benchmarks/gate/false-alarms.sh    # 20 + 10 + 10 runs
#   RUNS=3 WORK=/tmp/gate-bench benchmarks/gate/false-alarms.sh
#
# The slowdown stands in for a code change that keeps the suite file as it was: in interleaved mode a copy of the plugin
# folder holds slowdown.txt (that copy does 30% more work; the reference copy does not), in the other modes the
# SAMPLEIMPORTANCE_TEST_SLOWDOWN variable does it for the whole process. The estimator's `slowdown` parameter does the
# same work but is recorded in each cell's setup, so compare reports those cells as changed (SIG005) instead of timing
# them; the script checks that too.
set -euo pipefail

RUNS="${RUNS:-10}"
SLOWDOWN="${SLOWDOWN:-0.3}"
BASELINE="${BASELINE:-interleaved}"
case "$BASELINE" in interleaved|stored|paired) ;; *) echo "BASELINE must be interleaved, stored or paired, not '$BASELINE'" >&2; exit 2 ;; esac
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/gate-false-alarms.XXXXXX")}"
SUITE="$ROOT/benchmarks/gate/timing-noise.yaml"
PLUGIN_PROJECT="$ROOT/tests/TestPlugins/SampleImportance.TestPlugins.Slowable"
PLUGIN="$PLUGIN_PROJECT/bin/Release/net10.0"
CLI="$ROOT/src/SampleImportance.Cli/bin/Release/net10.0/sampleimportance"

command -v jq >/dev/null || { echo "false-alarms.sh needs jq (apt-get install -y jq)" >&2; exit 2; }
mkdir -p "$WORK"
echo "work folder: $WORK; baseline: $BASELINE; runs: $RUNS; slowdown: $SLOWDOWN"
echo "machine: $(nproc) cores, $(uname -sr), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build -c Release "$ROOT/src/SampleImportance.Cli" -nologo -v q
dotnet build -c Release "$PLUGIN_PROJECT" -nologo -v q

# Interleaved mode: the reference is an unchanged copy of the plugin folder; the slowed "build" a copy with slowdown.txt.
REFERENCE="$WORK/reference-plugin" SLOWED="$WORK/slowed-plugin"
rm -rf "$REFERENCE" "$SLOWED"
cp -r "$PLUGIN" "$REFERENCE"
cp -r "$PLUGIN" "$SLOWED"
echo "$SLOWDOWN" > "$SLOWED/slowdown.txt"

# run NAME KIND: one run of the suite into $WORK/NAME; KIND is unchanged, slowed or baseline.
run() {
  local name="$1" kind="$2" plugin="$PLUGIN" vars=() extra=()
  if [ "$BASELINE" = interleaved ] && [ "$kind" != baseline ]; then
    extra=(--timing-reference "$REFERENCE")
    if [ "$kind" = slowed ]; then plugin="$SLOWED"; fi
  elif [ "$kind" = slowed ]; then
    vars=(SAMPLEIMPORTANCE_TEST_SLOWDOWN="$SLOWDOWN")
  fi
  env "${vars[@]}" "$CLI" run "$SUITE" --out "$WORK/$name" --plugins "$plugin" "${extra[@]}" > "$WORK/$name.log" 2>&1 \
    || { echo "run $name failed, see $WORK/$name.log" >&2; tail -20 "$WORK/$name.log" >&2; exit 2; }
}

# judge NAME BASE: compares $WORK/NAME with $WORK/BASE; prints "status ratio p" of the CPU-time gate, then of the
# wall-clock gate, on one line. The ratio is the median per-iteration ratio against the interleaved reference when the
# run has one, else the ratio of medians against the baseline.
judge() {
  local name="$1" base="$2" rc=0
  "$CLI" compare "$WORK/$name/run.json" "$WORK/$base/run.json" --out "$WORK/$name" > "$WORK/$name.compare.log" 2>&1 || rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "compare $name failed (exit $rc), see $WORK/$name.compare.log" >&2; cat "$WORK/$name.compare.log" >&2; exit 2
  fi
  local metric
  for metric in time.cpu-median time.median; do
    jq -r --arg m "$metric" '.gates[] | select(.metric == $m)
           | "\(.status) \((.message | capture("median per-iteration ratio (?<r>[0-9.]+)") | .r) // (if .baseline > 0 then (.current / .baseline) else "n/a" end)) \(.pValue // "n/a")"' \
       "$WORK/$name/regression.json"
  done | paste -sd' '
}

run baseline baseline
false_alarms=0 inconclusive=0 detected=0 wall_false_alarms=0 wall_inconclusive=0 wall_detected=0
rows=()
for kind in unchanged slowed; do
  for i in $(seq 1 "$RUNS"); do
    name="$kind-$i" base=baseline
    if [ "$BASELINE" = paired ]; then base="baseline-$name"; run "$base" baseline; fi
    run "$name" "$kind"
    read -r status ratio p wall_status wall_ratio wall_p < <(judge "$name" "$base")
    load="$(cut -d' ' -f1 /proc/loadavg)"
    rows+=("$(printf '| %-12s | %-12s | %7.3f | %9.3g | %-12s | %7.3f | %9.3g | %4s |' \
      "$name" "$status" "$ratio" "$p" "$wall_status" "$wall_ratio" "$wall_p" "$load")")
    echo "${rows[-1]}"
    case "$kind/$status" in
      unchanged/fail) false_alarms=$((false_alarms + 1)) ;;
      unchanged/inconclusive) inconclusive=$((inconclusive + 1)) ;;
      slowed/fail) detected=$((detected + 1)) ;;
    esac
    case "$kind/$wall_status" in
      unchanged/fail) wall_false_alarms=$((wall_false_alarms + 1)) ;;
      unchanged/inconclusive) wall_inconclusive=$((wall_inconclusive + 1)) ;;
      slowed/fail) wall_detected=$((wall_detected + 1)) ;;
    esac
  done
done

# The parameter route: a changed estimator parameter makes the cells incomparable, never a silent pass.
sed "s/params: { passes: \([0-9]*\) }/params: { passes: \1, slowdown: $SLOWDOWN }/" "$SUITE" > "$WORK/timing-noise-slowdown-param.yaml"
"$CLI" run "$WORK/timing-noise-slowdown-param.yaml" --out "$WORK/param" --plugins "$PLUGIN" > "$WORK/param.log" 2>&1
param_rc=0
"$CLI" compare "$WORK/param/run.json" "$WORK/baseline/run.json" --out "$WORK/param" > "$WORK/param.compare.log" 2>&1 || param_rc=$?
changed="$(jq '.cells.changed | length' "$WORK/param/regression.json")"

echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| run          | CPU gate     | ratio   | p         | wall gate    | ratio   | p         | load |"
echo "|--------------|--------------|---------|-----------|--------------|---------|-----------|------|"
printf '%s\n' "${rows[@]}"
echo
echo "time.cpu-median (decides): false alarms (unchanged runs reported as regressions): $false_alarms of $RUNS; inconclusive: $inconclusive"
echo "time.cpu-median (decides): detections ($SLOWDOWN slowdown caught): $detected of $RUNS"
echo "time.median (wall clock, reported only): false alarms $wall_false_alarms of $RUNS; inconclusive: $wall_inconclusive; detections $wall_detected of $RUNS"
echo "slowdown as a suite parameter: $changed cells reported changed (SIG005), compare exit $param_rc"
if [ "$false_alarms" -gt 0 ] || [ "$inconclusive" -gt 0 ] || [ "$detected" -lt "$RUNS" ] || [ "$changed" -eq 0 ] || [ "$param_rc" -eq 0 ]; then
  echo "FAILED" >&2
  exit 1
fi
echo "OK"
