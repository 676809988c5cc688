using SampleImportance.Engine.Results;
using SampleImportance.Reporting.Gates;
using SampleImportance.Suites;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Reporting.Tests.Gates;

/// <summary>
/// Runs made of aggregate rows plus the cells behind them (every row's mean on each of <see cref="Seeds"/> seeds, so a
/// paired difference is exact and its interval has zero width), and gates with named thresholds, for comparer tests.
/// </summary>
internal static class GateRuns
{
    public const string SuiteFile = "/abs/path/suite.yaml";

    public static AggregateResult Row(
        string metric,
        double mean,
        string estimator = "knn-shapley",
        string model = "knn",
        string dataset = "clicks",
        string corruption = "fake-clicks(0.1)") =>
        new(dataset, corruption, model, estimator, metric, mean, mean - 0.01, mean + 0.01, 3);

    /// <summary>Seeds each row's cells run on: two, the fewest a baseline check decides on.</summary>
    public static readonly int[] Seeds = [1, 2];

    public static RunResult Run(bool complete = true, params AggregateResult[] rows) =>
        TestRuns.Run(CellsOf(rows), complete, aggregates: rows);

    /// <summary>One cell per row group and seed holding every row's mean; a time.median row also gets timing samples.</summary>
    public static List<CellResult> CellsOf(IEnumerable<AggregateResult> rows) =>
        [.. rows.GroupBy(r => (r.Dataset, r.Corruption, r.Model, r.Estimator))
            .SelectMany(g => Seeds.Select(seed => TestRuns.Cell(
                g.Key.Estimator, seed, g.ToDictionary(r => r.Metric, r => r.Mean), dataset: g.Key.Dataset, corruption: g.Key.Corruption, model: g.Key.Model)))];

    public static RunResult Run(params AggregateResult[] rows) => Run(true, rows);

    public static GateDefinition Gate(
        string metric,
        string? estimator = null,
        string? model = null,
        string? dataset = null,
        double? min = null,
        double? max = null,
        double? maxDrop = null,
        double? maxIncrease = null,
        bool relative = false,
        int line = 12) =>
        new(metric, estimator, model, dataset, min, max, maxDrop, maxIncrease, relative, SuiteFile, line, 5);

    public static RegressionReport Compare(RunResult current, RunResult baseline, params GateDefinition[] gates) =>
        RegressionComparer.Compare(current, baseline, gates, "/abs/out/run.json", "/abs/baseline/run.json",
            new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero));
}
