#!/usr/bin/env bash
# Issue 8's retraining protocol side by side: TMC-Shapley + logistic-regression (400 x 30), ours cold and warm-started
# against the scikit-learn loop, in one BenchmarkDotNet run. Installs Debian's scikit-learn first when it is missing
# (as root), prints the machine and its load, then runs the benchmark from the repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."
python="${SAMPLEIMPORTANCE_PEER_PYTHON:-/usr/bin/python3}"
if ! "$python" -c 'import sklearn, numpy, scipy' 2>/dev/null; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "scikit-learn is missing for $python; run as root or: apt-get install -y python3-sklearn python3-numpy python3-scipy" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-sklearn python3-numpy python3-scipy
fi
# Only the peer's environment loses these (the C# side removes them from its child); shown here for the record.
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "before: $(uptime)"
"$python" -c 'import sklearn, numpy, scipy; print("sklearn", sklearn.__version__, "numpy", numpy.__version__, "scipy", scipy.__version__)'
dotnet run -c Release --project benchmarks/SampleImportance.Benchmarks -- --filter '*TmcShapleyBenchmarks*' "$@"
echo "after: $(uptime)"
