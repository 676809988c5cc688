using SampleImportance.Engine.Results;
using SampleImportance.Evaluation;
using SampleImportance.Hosting;
using SampleImportance.Suites;
using SampleImportance.Timing;

namespace SampleImportance.Tests.Shared;

/// <summary>Fixed, hand-made results for report, aggregation and gate tests.</summary>
internal static class TestRuns
{
    public static readonly DateTimeOffset Started = new(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

    public static CellResult Cell(
        string estimator,
        int seed,
        IReadOnlyDictionary<string, double> metrics,
        CellStatus status = CellStatus.Succeeded,
        string? error = null,
        long utilityEvaluations = 0,
        string dataset = "clicks",
        string corruption = "fake-clicks(0.1)",
        string model = "knn") =>
        new(
            new CellKey(dataset, corruption, model, estimator, seed),
            status,
            error,
            metrics,
            status == CellStatus.Succeeded && metrics.TryGetValue("time.median", out var median)
                ? new TimingResult(median, median * 0.9, median * 1.1, 3, [median * 0.95, median, median * 1.05], 4096)
                {
                    CpuSamplesSeconds = metrics.TryGetValue("time.cpu-median", out var cpu) ? [cpu * 0.95, cpu, cpu * 1.05] : null,
                }
                : null,
            utilityEvaluations,
            [],
            status == CellStatus.Succeeded ? [new CurvePoint(0, 0.8), new CurvePoint(0.1, 0.82)] : null);

    public static RunResult Run(
        IReadOnlyList<CellResult> cells,
        bool complete = true,
        IReadOnlyList<GateDefinition>? gates = null,
        IReadOnlyList<AggregateResult>? aggregates = null) =>
        new(
            RunResult.SchemaId,
            RunResult.CurrentSchemaVersion,
            new SuiteInfo("quickstart", "/abs/path/suite.yaml", "ab12", gates ?? []),
            new EnvironmentInfo("build-agent-7", "Linux 6.8", ".NET 10.0.0", 16, "cpu-simd", "0.1.0"),
            [new PluginInfo("SampleImportance.Plugins.Estimators", "0.1.0", "/abs/plugins/Estimators.dll", "00ff", 1, ["knn-shapley", "tmc-shapley"], [])],
            cells,
            aggregates ?? ResultAggregator.Aggregate(cells),
            complete,
            Started,
            Started.AddMinutes(3));

    /// <summary>Two groups, three estimators, three seeds, one failure, one timeout, one skip.</summary>
    public static RunResult Leaderboard(bool complete = true)
    {
        var cells = new List<CellResult>();
        double[] knnAuroc = [0.91, 0.93, 0.92];
        double[] tmcAuroc = [0.85, 0.80];
        double[] looAuroc = [0.62, 0.70, 0.66];
        for (var seed = 1; seed <= 3; seed++)
        {
            cells.Add(Cell("knn-shapley", seed, Metrics(knnAuroc[seed - 1], 0.71 + (seed * 0.01), 0.0012 + (seed * 0.0001)), utilityEvaluations: 0));
            cells.Add(Cell("loo", seed, Metrics(looAuroc[seed - 1], 0.69, 2.5 + seed), utilityEvaluations: 1001));
            cells.Add(seed == 3
                ? Cell("tmc-shapley", seed, new Dictionary<string, double>(), CellStatus.TimedOut, "Budget of 120 s exceeded | after 31 permutations")
                : Cell("tmc-shapley", seed, Metrics(tmcAuroc[seed - 1], 0.7, 65 + seed), utilityEvaluations: 30_000 + seed));
            cells.Add(Cell("knn-shapley", seed, new Dictionary<string, double> { ["removal.auc"] = 0.60 + (seed * 0.02), ["time.median"] = 0.00042 },
                dataset: "tabular", corruption: "label-flip(0.2)", model: "logreg", utilityEvaluations: 0));
            cells.Add(seed == 2
                ? Cell("influence", seed, new Dictionary<string, double>(), CellStatus.Failed, "InvalidOperationException: Hessian is singular\n   at Influence.Solve()",
                    dataset: "tabular", corruption: "label-flip(0.2)", model: "logreg")
                : Cell("influence", seed, new Dictionary<string, double> { ["removal.auc"] = 0.66, ["time.median"] = 0.0000071 },
                    dataset: "tabular", corruption: "label-flip(0.2)", model: "logreg", utilityEvaluations: 12));
        }

        cells.Add(Cell("gradient-tracin", 1, new Dictionary<string, double>(), CellStatus.Skipped, "model 'knn' provides no per-sample gradients"));
        return Run(cells, complete);
    }

    private static Dictionary<string, double> Metrics(double auroc, double removalAuc, double seconds) => new()
    {
        ["noisy-detection.auroc"] = auroc,
        ["removal.auc"] = removalAuc,
        ["time.median"] = seconds,
    };
}
