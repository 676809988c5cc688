using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SampleImportance.Abstractions;
using SampleImportance.Benchmarks.Data;
using SampleImportance.Data.Csv;
using SampleImportance.Kernels;

namespace SampleImportance.Benchmarks.KnnShapley;

/// <summary>
/// Exact KNN-Shapley, K = 10: our plugin on the SIMD CPU backend against the numpy peer (the baseline), same data, same
/// machine. Every setup checks our values against the peer's first. The peer's compute-only time (no Python start-up,
/// no CSV) cannot be a method here, so its setup measures it inside Python and the summary shows it as extra columns.
/// Monitoring with 3 iterations: the reference size takes seconds per call, and the whole run must fit a few minutes on 2 cores.
/// </summary>
[Config(typeof(KnnShapleyConfig))]
[MemoryDiagnoser]
public class KnnShapleyBenchmarks
{
    /// <summary>Neighbours K of the valued KNN utility.</summary>
    public const int K = 10;

    private KnnWorkspace? _workspace;
    private SampleSet? _test;
    private readonly SimdCpuBackend _backend = new();

    /// <summary>The sizes measured.</summary>
    public static IEnumerable<KnnProblemSize> Sizes => [KnnProblemSize.Small, KnnProblemSize.Reference];

    /// <summary>The problem size of this case.</summary>
    [ParamsSource(nameof(Sizes))]
    public KnnProblemSize Size { get; set; } = KnnProblemSize.Small;

    private KnnWorkspace Workspace => _workspace ?? throw new InvalidOperationException("GlobalSetup has not run.");

    /// <summary>Prepares data and verifies our values against the peer's before any of our timings.</summary>
    [GlobalSetup(Targets = [nameof(Ours_SimdCpu), nameof(Ours_SimdCpu_CsvIo)])]
    public void SetupOurs()
    {
        _workspace = KnnWorkspace.Prepare(Size);
        _test = _workspace.Test.ToSampleSet();
        _workspace.VerifyOursAgainstPeer(K);
    }

    /// <summary>Prepares data, verifies, and measures the peer's compute-only time (3 calls at the reference size, 10 below).</summary>
    [GlobalSetup(Target = nameof(Peer_Numpy))]
    public void SetupPeer()
    {
        SetupOurs();
        Workspace.MeasurePeerComputeOnly(K, Size.TrainCount >= 50_000 ? 3 : 10);
    }

    /// <summary>Our estimator through <see cref="IEstimator.EstimateAsync"/> on <c>cpu-simd</c>, data already in memory.
    /// The training set is wrapped afresh each call, so the backend's per-set panel copy is rebuilt and timed.</summary>
    [Benchmark]
    public Task<ImportanceResult> Ours_SimdCpu() =>
        OurKnnShapley.EstimateAsync(Workspace.Train.ToSampleSet(), _test!, _backend, K);

    /// <summary>Ours doing what the peer script does in-process: read both CSVs (SampleImportance.Data's loader), compute, write the values CSV.
    /// Runtime start-up is not included (the peer's Python start-up is).</summary>
    [Benchmark]
    public double[] Ours_SimdCpu_CsvIo()
    {
        var options = new CsvLoadOptions { LabelColumn = CsvFiles.LabelColumn };
        var train = CsvSampleLoader.Load(Workspace.TrainCsv, options);
        var test = CsvSampleLoader.Load(Workspace.TestCsv, options);
        var values = OurKnnShapley.EstimateAsync(train, test, _backend, K).GetAwaiter().GetResult().Values.ToArray();
        CsvFiles.WriteValues(Workspace.OursOutput, values);
        return values;
    }

    /// <summary>The peer as a user runs it: <c>python3 knn_shapley.py TRAIN.csv TEST.csv 10 OUT.csv</c> (start-up, CSV parsing, compute, write).</summary>
    [Benchmark(Baseline = true)]
    public void Peer_Numpy() => Workspace.Peer.RunScript(Workspace.TrainCsv, Workspace.TestCsv, K, Workspace.PeerOutput);
}
