using System.Globalization;
using SampleImportance.Benchmarks.Data;
using SampleImportance.Benchmarks.Peer;
using SampleImportance.Kernels;

namespace SampleImportance.Benchmarks.KnnShapley;

/// <summary>
/// Everything one problem size needs, in its own temp folder: the generated rows (in memory, and as CSV written once),
/// the peer's answer (computed once per script version and cached there), and the peer's compute-only timings.
/// Each BenchmarkDotNet case runs in its own process, so the folder is how they share work.
/// </summary>
internal sealed class KnnWorkspace
{
    /// <summary>Seed of the data generator (train rows first, then test rows, from one <see cref="Random"/>).</summary>
    public const int Seed = 20_190_701;

    private const string ComputeOnlyFileName = "peer-compute-only.txt";

    private KnnWorkspace(KnnProblemSize size, string folder)
    {
        Size = size;
        Folder = folder;
        var random = new Random(Seed);
        Train = SyntheticRows.Create(size.TrainCount, size.FeatureCount, random);
        Test = SyntheticRows.Create(size.TestCount, size.FeatureCount, random);
        TrainCsv = Path.Combine(folder, "train.csv");
        TestCsv = Path.Combine(folder, "test.csv");
        Peer = new NumpyPeer(folder);
    }

    public KnnProblemSize Size { get; }

    public string Folder { get; }

    public LabelledRows Train { get; }

    public LabelledRows Test { get; }

    public string TrainCsv { get; }

    public string TestCsv { get; }

    public NumpyPeer Peer { get; }

    /// <summary>Where the peer script writes its values on each timed run.</summary>
    public string PeerOutput => Path.Combine(Folder, "peer-out.csv");

    /// <summary>Where our CSV-to-CSV variant writes its values on each timed run.</summary>
    public string OursOutput => Path.Combine(Folder, "ours-out.csv");

    /// <summary>The folder for <paramref name="size"/> (its name carries the seed and generator version, so stale data is never reused).</summary>
    public static string FolderFor(KnnProblemSize size) => Path.Combine(
        Path.GetTempPath(),
        "sampleimportance-benchmarks",
        string.Create(CultureInfo.InvariantCulture, $"knn-{size}-seed{Seed}-gen{SyntheticRows.GeneratorVersion}"));

    /// <summary>The file holding the peer's compute-only seconds, one per line, for <paramref name="size"/>.</summary>
    public static string ComputeOnlyFileFor(KnnProblemSize size) => Path.Combine(FolderFor(size), ComputeOnlyFileName);

    /// <summary>Generates the rows and writes the CSVs unless an earlier process already did.</summary>
    public static KnnWorkspace Prepare(KnnProblemSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        var folder = FolderFor(size);
        Directory.CreateDirectory(folder);
        var workspace = new KnnWorkspace(size, folder);
        if (!File.Exists(workspace.TrainCsv))
        {
            CsvFiles.WriteRows(workspace.TrainCsv, workspace.Train);
        }

        if (!File.Exists(workspace.TestCsv))
        {
            CsvFiles.WriteRows(workspace.TestCsv, workspace.Test);
        }

        return workspace;
    }

    /// <summary>The peer script's values for this data, run once per script version and cached in the folder.</summary>
    public double[] PeerValues(int k)
    {
        var cached = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"peer-values-k{k}-{Peer.ScriptFingerprint}.csv"));
        if (!File.Exists(cached))
        {
            var partial = cached + ".partial";
            Peer.RunScript(TrainCsv, TestCsv, k, partial);
            File.Move(partial, cached, overwrite: true);
        }

        return CsvFiles.ReadValues(cached);
    }

    /// <summary>Computes our values once (SIMD CPU backend) and fails unless they match the peer's.</summary>
    public void VerifyOursAgainstPeer(int k)
    {
        var ours = OurKnnShapley.EstimateAsync(Train.ToSampleSet(), Test.ToSampleSet(), new SimdCpuBackend(), k).GetAwaiter().GetResult();
        var relative = AgreementCheck.Require($"knn-shapley {Size}, K={k}, cpu-simd vs numpy script", ours.Values, PeerValues(k));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Agreement {Size}: max |ours − numpy| / max |numpy| = {relative:G3} (limit {AgreementCheck.RelativeTolerance:G1})"));
    }

    /// <summary>Times the peer's knn_shapley() call alone (see <see cref="NumpyPeer.RunComputeOnly"/>), checks its values too,
    /// logs the numbers and records them for the summary columns.</summary>
    public IReadOnlyList<double> MeasurePeerComputeOnly(int k, int repetitions)
    {
        var valuesFile = Path.Combine(Folder, "peer-compute-only-values.csv");
        var seconds = Peer.RunComputeOnly(TrainCsv, TestCsv, k, repetitions, valuesFile);
        if (seconds.Count != repetitions)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The compute-only driver reported {seconds.Count} timings, expected {repetitions}."));
        }

        AgreementCheck.Require($"knn-shapley {Size}, K={k}, numpy float32 compute-only vs numpy script", CsvFiles.ReadValues(valuesFile), PeerValues(k));
        File.WriteAllLines(ComputeOnlyFileFor(Size), seconds.Select(s => s.ToString("R", CultureInfo.InvariantCulture)));
        Console.WriteLine($"// Peer environment: {Peer.Describe().Replace("\n", "; ", StringComparison.Ordinal)}");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Peer compute-only {Size} (knn_shapley() call, float32, perf_counter): median {Median(seconds):F4} s over {seconds.Count} calls [{string.Join(", ", seconds.Select(s => s.ToString("F4", CultureInfo.InvariantCulture)))}]"));
        return seconds;
    }

    /// <summary>The median of <paramref name="values"/> (mean of the middle two for an even count).</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
