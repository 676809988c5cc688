using System.Globalization;
using System.Security.Cryptography;

namespace SampleImportance.Benchmarks.Peer;

/// <summary>
/// The numpy peer: <c>../shared/reference/knn_shapley.py</c> run by Debian's <c>/usr/bin/python3</c> (override with
/// <c>SAMPLEIMPORTANCE_PEER_PYTHON</c>). OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are removed from the child's
/// environment only: they are set on some machines here for old OpenBLAS builds and slow a current numpy down.
/// </summary>
internal sealed class NumpyPeer
{
    /// <summary>Environment variable naming another Python interpreter; default <c>/usr/bin/python3</c>.</summary>
    public const string PythonVariable = "SAMPLEIMPORTANCE_PEER_PYTHON";

    private static readonly string[] RemovedVariables = ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"];

    // Times only the knn_shapley() call: loading is done first, outside the clock, with the script's own loader,
    // then cast to float32 as in the reference README's measurement. Generated at run time, not committed.
    private const string ComputeOnlyDriver = """
        import sys, time
        import numpy as np
        sys.path.insert(0, sys.argv[1])
        from knn_shapley import knn_shapley, _load
        xtr, ytr = _load(sys.argv[2]); xte, yte = _load(sys.argv[3])
        xtr, xte = xtr.astype(np.float32), xte.astype(np.float32)
        k, repetitions = int(sys.argv[4]), int(sys.argv[5])
        for _ in range(repetitions):
            t0 = time.perf_counter(); v = knn_shapley(xtr, ytr, xte, yte, k); print("seconds %.6f" % (time.perf_counter() - t0))
        np.savetxt(sys.argv[6], v, header="value", comments="")
        """;

    private const string DescribeProgram = """
        import numpy as np
        print("numpy " + np.__version__)
        try:
            from threadpoolctl import threadpool_info
            for p in threadpool_info():
                print("%s %s %s threads=%s arch=%s %s" % (p.get("internal_api"), p.get("version"), p.get("threading_layer"), p.get("num_threads"), p.get("architecture"), p.get("filepath")))
        except ImportError:
            print("threadpoolctl not installed; BLAS libraries: " + str(np.__config__.blas_opt_info.get("libraries")))
        """;

    private readonly string _workingDirectory;

    public NumpyPeer(string workingDirectory)
    {
        _workingDirectory = workingDirectory;
        ScriptPath = Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), "..", "shared", "reference", "knn_shapley.py"));
        if (!File.Exists(ScriptPath))
        {
            throw new FileNotFoundException($"The peer script is missing: {ScriptPath} (see ../shared/reference/README.md).", ScriptPath);
        }

        Python = Environment.GetEnvironmentVariable(PythonVariable) is { Length: > 0 } custom ? custom : "/usr/bin/python3";
    }

    /// <summary>Full path of the reference script.</summary>
    public string ScriptPath { get; }

    /// <summary>The interpreter that runs it.</summary>
    public string Python { get; }

    /// <summary>First 16 hex digits of the script's SHA-256, so cached peer answers follow script changes.</summary>
    public string ScriptFingerprint => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(ScriptPath)))[..16];

    /// <summary>The whole peer as a user runs it: start Python, parse both CSVs, compute, write <paramref name="output"/>.</summary>
    public void RunScript(string train, string test, int k, string output) =>
        ProcessRunner.Run(Python, [ScriptPath, train, test, k.ToString(CultureInfo.InvariantCulture), output], _workingDirectory, RemovedVariables);

    /// <summary>Runs the compute-only driver: <paramref name="repetitions"/> timed calls of knn_shapley() after an untimed load;
    /// returns the seconds of each call and writes the last call's values to <paramref name="output"/>.</summary>
    public IReadOnlyList<double> RunComputeOnly(string train, string test, int k, int repetitions, string output)
    {
        var driver = Path.Combine(_workingDirectory, "compute_only_driver.py");
        File.WriteAllText(driver, ComputeOnlyDriver);
        var stdout = ProcessRunner.Run(
            Python,
            [driver, Path.GetDirectoryName(ScriptPath)!, train, test, k.ToString(CultureInfo.InvariantCulture), repetitions.ToString(CultureInfo.InvariantCulture), output],
            _workingDirectory,
            RemovedVariables);
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("seconds ", StringComparison.Ordinal))
            .Select(l => double.Parse(l["seconds ".Length..], NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
    }

    /// <summary>numpy's version and the BLAS it actually loaded (threadpoolctl when installed), as the peer's child process sees them.</summary>
    public string Describe() =>
        ProcessRunner.Run(Python, ["-c", DescribeProgram], _workingDirectory, RemovedVariables).Trim();
}
