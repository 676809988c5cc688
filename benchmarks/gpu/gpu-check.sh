#!/usr/bin/env bash
# GPU check (issue 8, item 5). On a machine with an NVIDIA GPU: builds Release, runs the kernel tests (the ilgpu-cuda
# backend joins them automatically), then times exact KNN-Shapley at 1,000,000 × 10,000 × 64, K = 10, on ilgpu-cuda,
# checks its values against cpu-simd on 100 validation rows, and prints a Markdown table last. Everything must fit
# 5 minutes. Without a GPU (or with --simulator) the same steps run on ILGPU's CPU simulator at small sizes, labelled.
#
# usage: benchmarks/gpu/gpu-check.sh [--simulator] [gpu-check options: --train N --validation N --features N --k N
#                                     --runs N --check N --cpu-queries N --seed N]
# exit: 0 all passed; 1 tests failed or values disagree; 124 the timing step ran past its time box.
set -uo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s)
log_dir="${TMPDIR:-/tmp}/sampleimportance-gpu-check"
mkdir -p "$log_dir"
mode=()
if [[ " $* " != *" --simulator "* ]] && ! nvidia-smi -L >/dev/null 2>&1; then
  echo "// no NVIDIA GPU found (nvidia-smi -L failed): running on ILGPU's CPU simulator at small sizes"
  mode=(--simulator)
fi
gpu=$(nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>/dev/null | head -1)

echo "// build (Release)"
dotnet build -c Release -v q -nologo tests/SampleImportance.Kernels.Tests >"$log_dir/build.log" 2>&1 &&
  dotnet build -c Release -v q -nologo benchmarks/SampleImportance.Benchmarks >>"$log_dir/build.log" 2>&1 ||
  { tail -30 "$log_dir/build.log"; echo "build failed"; exit 1; }

echo "// kernel tests on every backend present"
dotnet test -c Release --no-build tests/SampleImportance.Kernels.Tests --logger "console;verbosity=normal" >"$log_dir/tests.log" 2>&1
tests_rc=$?
backends=$(grep -oE 'backend: "[a-z-]+"' "$log_dir/tests.log" | sort -u | sed -E 's/backend: "(.*)"/\1/' | paste -sd, -)
tests_line=$(grep -E '^Test Run (Successful|Failed)|^ *(Total tests|Passed|Failed): ' "$log_dir/tests.log" | sed -E 's/^ +//' | paste -sd' ' -)
[[ $tests_rc -eq 0 ]] || grep -E '\[FAIL\]' "$log_dir/tests.log" | head -20
echo "// $tests_line"

echo "// timing"
timeout 240 dotnet benchmarks/SampleImportance.Benchmarks/bin/Release/net10.0/SampleImportance.Benchmarks.dll \
  gpu-check "${mode[@]}" "$@" | tee "$log_dir/gpu-check.log" | grep --line-buffered '^//'
check_rc=${PIPESTATUS[0]}

elapsed=$(( $(date +%s) - start ))
echo
echo "- machine: ${gpu:-no NVIDIA GPU}; $(nproc) CPU cores; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "- kernel tests (backends: ${backends:-none listed}): ${tests_line:-no summary (rc $tests_rc)}"
echo "- whole script: ${elapsed} s (budget 300 s); logs in $log_dir"
echo
# The table is the last thing printed.
sed -n '/^### gpu-check/,$p' "$log_dir/gpu-check.log"
if [[ $check_rc -eq 124 ]]; then exit 124; fi
if [[ $tests_rc -ne 0 || $check_rc -ne 0 ]]; then exit 1; fi
