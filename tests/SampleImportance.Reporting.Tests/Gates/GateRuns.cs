using SampleImportance.Engine.Results;
using SampleImportance.Reporting.Gates;
using SampleImportance.Suites;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Reporting.Tests.Gates;

/// <summary>Runs made of aggregate rows only, and gates with named thresholds, for comparer tests.</summary>
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

    public static RunResult Run(bool complete = true, params AggregateResult[] rows) =>
        TestRuns.Run([], complete, aggregates: rows);

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
