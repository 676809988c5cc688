using System.Diagnostics;
using System.Globalization;
using SampleImportance.Benchmarks.Peer;

namespace SampleImportance.Benchmarks.TmcShapley;

/// <summary>
/// The scikit-learn peer of <see cref="TmcProtocol"/>: <c>benchmarks/scripts/sklearn_tmc_peer.py</c> run by Debian's
/// <c>/usr/bin/python3</c> (or <see cref="NumpyPeer.PythonVariable"/>) on the protocol's data written as CSV, timing its
/// own loop of cold prefix fits. OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are removed from its environment only. Its
/// rate is kept in a file of the temp workspace, which the summary's columns read.
/// </summary>
internal static class SklearnTmcPeer
{
    private static readonly string[] RemovedVariables = ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"];

    // Files older than this host process belong to an earlier run and are ignored.
    private static readonly DateTime HostStartedUtc = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    /// <summary>The workspace folder under the temp directory.</summary>
    public static string Workspace => Path.Combine(Path.GetTempPath(), "sampleimportance-benchmarks", "tmc-logistic-seed" + TmcProtocol.Seed.ToString(CultureInfo.InvariantCulture));

    private static string RateFile => Path.Combine(Workspace, "sklearn-evaluations-per-second.txt");

    /// <summary>Runs the peer for <paramref name="permutations"/> permutations, records and returns its evaluations per second.</summary>
    public static double Measure(TmcProtocol protocol, int permutations)
    {
        Directory.CreateDirectory(Workspace);
        var train = Path.Combine(Workspace, "train.csv");
        var validation = Path.Combine(Workspace, "validation.csv");
        protocol.WriteCsv(train, validation);
        var script = Path.Combine(RepositoryRoot.Find(), "benchmarks", "scripts", "sklearn_tmc_peer.py");
        var python = Environment.GetEnvironmentVariable(NumpyPeer.PythonVariable) is { Length: > 0 } custom ? custom : "/usr/bin/python3";
        var stdout = ProcessRunner.Run(
            python,
            [script, train, validation, permutations.ToString(CultureInfo.InvariantCulture), TmcProtocol.Seed.ToString(CultureInfo.InvariantCulture)],
            Workspace,
            RemovedVariables);
        Console.WriteLine("// sklearn peer: " + stdout.Replace('\n', ' ').Trim());
        var rate = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("per_second ", StringComparison.Ordinal))
            .Select(l => double.Parse(l["per_second ".Length..], NumberStyles.Float, CultureInfo.InvariantCulture))
            .Single();
        File.WriteAllText(RateFile, rate.ToString("R", CultureInfo.InvariantCulture));
        return rate;
    }

    /// <summary>The rate this run's peer measured, or null when it has not run in this host process.</summary>
    public static double? RecordedRate() =>
        File.Exists(RateFile) && File.GetLastWriteTimeUtc(RateFile) >= HostStartedUtc
            ? double.Parse(File.ReadAllText(RateFile), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;
}
