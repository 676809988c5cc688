#!/usr/bin/env bash
# Issue 8's whole-process comparison: `sampleimportance score` from CSV to written values against the numpy peer's
# compute alone, in one session, at 50,000 x 1,000 x 64 and (with BIG=1) 1,000,000 x 1,000 x 64, K = 10.
# Installs Debian's numpy first when it is missing (as root), generates the seeded data once (make_knn_data.py, into
# DATA, default /tmp/sampleimportance-knn), builds the CLI in Release, then prints a table with the machine's load.
#
#   benchmarks/scripts/run_knn_score_benchmark.sh            # 50k only, ~1 minute on a quiet 2-core machine
#   BIG=1 benchmarks/scripts/run_knn_score_benchmark.sh      # also 1M rows from a 480 MB CSV (data generation ~3 min once)
set -euo pipefail
cd "$(dirname "$0")/../.."
python=/usr/bin/python3
DATA="${DATA:-/tmp/sampleimportance-knn}"
if ! "$python" -c 'import numpy' 2>/dev/null; then
    if [ "$(id -u)" -ne 0 ]; then echo "numpy is missing for $python; run as root or: apt-get install -y python3-numpy" >&2; exit 1; fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-numpy libopenblas0-pthread python3-threadpoolctl
fi
unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE
mkdir -p "$DATA"
make() { [ -f "$DATA/$1.csv" ] || "$python" benchmarks/scripts/make_knn_data.py "$DATA/$1" "$2" 64 --npy; }
make train50k 50000
make val1k 1000
if [ "${BIG:-0}" = 1 ]; then make train1m 1000000; fi
dotnet build -c Release src/SampleImportance.Cli -nologo -v q
CLI=src/SampleImportance.Cli/bin/Release/net10.0/sampleimportance.dll
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr)"
rows=()
for train in train50k $([ "${BIG:-0}" = 1 ] && echo train1m); do
    out="$DATA/$train.values.csv"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    /usr/bin/time -f '%e %M' -o "$DATA/time.txt" dotnet "$CLI" score --train "$DATA/$train.csv" --validation "$DATA/val1k.csv" \
        --label label --estimator knn-shapley --param k=10 --out "$out" > "$DATA/score.log" 2>&1 || { cat "$DATA/score.log" >&2; exit 1; }
    read -r wall rss < "$DATA/time.txt"
    peer="$("$python" benchmarks/scripts/knn_peer_compute.py "$DATA/$train.npy" "$DATA/val1k.npy" "$out")"
    echo "$peer"
    peer_wall="$(echo "$peer" | sed -n 's/^peer compute wall \([0-9.]*\) s.*/\1/p')"
    diff="$(echo "$peer" | sed -n 's/^max |ours - peer| = \([^ ]*\).*/\1/p')"
    rows+=("$(printf '| %s | %.2f s | %d MB | %.2f s | %.1fx | %s | %s |' "$train" "$wall" "$((rss / 1024))" "$peer_wall" \
        "$(echo "$peer_wall / $wall" | bc -l)" "$diff" "$load")")
done
echo
echo "| train (x val1k x 64, K = 10) | ours: whole score process, CSV to values | ours: peak RSS | numpy peer: compute only | peer compute / ours | max abs diff | load at start |"
echo "|---|---:|---:|---:|---:|---|---|"
printf '%s\n' "${rows[@]}"
