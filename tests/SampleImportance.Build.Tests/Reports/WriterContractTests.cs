using SampleImportance.Build.Tasks.Evaluation;
using SampleImportance.Build.Tasks.Reports;
using SampleImportance.Engine.Results;
using SampleImportance.Reporting.Gates;
using SampleImportance.Suites;

namespace SampleImportance.Build.Tests.Reports;

/// <summary>
/// The gate reads what Reporting's comparer writes: a report produced by <see cref="RegressionComparer"/> and
/// <see cref="RegressionJson"/> must parse without problems and yield the same verdicts and codes.
/// </summary>
public sealed class WriterContractTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("si-contract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Reports_written_by_core_are_read_by_the_gate_with_the_same_verdicts()
    {
        const string suite = "/abs/suite.yaml";
        GateDefinition[] gates =
        [
            new("noisy-detection.auroc", "knn-shapley", null, null, 0.75, null, 0.05, null, false, suite, 10, 5),
            new("time.median", "knn-shapley", null, null, null, null, null, 0.5, true, suite, 11, 5),
            new("removal.auc", "tmc-shapley", null, null, 0.5, null, null, null, false, suite, 12, 5),
        ];
        var current = Run(suite, gates, ("knn-shapley", "noisy-detection.auroc", 0.70), ("knn-shapley", "time.median", 1.0));
        var baseline = Run(suite, gates, ("knn-shapley", "noisy-detection.auroc", 0.90), ("knn-shapley", "time.median", 1.1));
        var written = RegressionComparer.Compare(current, baseline, gates, "/abs/run.json", "/abs/baseline.json", DateTimeOffset.UnixEpoch);
        var path = Path.Combine(_dir, "regression.json");
        RegressionJson.Write(path, written);

        var read = RegressionReportReader.Read(path);

        Assert.Empty(read.Problems);
        Assert.NotNull(read.Report);
        Assert.Equal(written.Passed, read.Report!.Passed);
        Assert.Equal(written.Gates.Count, read.Report.Gates.Count);
        var evaluation = GateEvaluator.Evaluate(read.Report, suite);
        var expectedCodes = written.Gates.Where(g => g.Status != Reporting.Gates.GateStatus.Pass).Select(g => g.Code).OrderBy(c => c, StringComparer.Ordinal);
        Assert.Equal(expectedCodes, evaluation.Errors.Select(e => e.Code).OrderBy(c => c, StringComparer.Ordinal));
        Assert.Contains(evaluation.Errors, e => e.Code == "SIG001" && e.Line == 10);
        Assert.Contains(evaluation.Errors, e => e.Code == "SIG002" && e.Line == 10);
        Assert.Contains(evaluation.Errors, e => e.Code == "SIG004" && e.Line == 12);
        Assert.Equal(0, evaluation.Malformed);
    }

    [Fact]
    public void Suppressed_gates_are_warnings_and_fail_on_regression_lets_inconclusive_through()
    {
        const string suite = "/abs/suite.yaml";
        GateDefinition[] gates =
        [
            new("noisy-detection.auroc", "knn-shapley", null, null, null, null, 0.05, null, false, suite, 10, 5),
            new("removal.auc", "tmc-shapley", null, null, 0.5, null, null, null, false, suite, 12, 5),
        ];
        var current = Run(suite, gates, ("knn-shapley", "noisy-detection.auroc", 0.70));
        var baseline = Run(suite, gates, ("knn-shapley", "noisy-detection.auroc", 0.90));
        var written = RegressionComparer.Compare(current, baseline, gates, "/abs/run.json", "/abs/baseline.json", DateTimeOffset.UnixEpoch);
        written = Reporting.Gates.Suppressions.SuppressionApplier.Apply(written,
            [new Reporting.Gates.Suppressions.Suppression("*/*/*/knn-shapley", "noisy-detection.auroc", "accepted", null, null, "/abs/s.json", 3)], TimeProvider.System);
        var path = Path.Combine(_dir, "regression.json");
        RegressionJson.Write(path, written);

        var read = RegressionReportReader.Read(path);
        var strict = GateEvaluator.Evaluate(read.Report!, suite);
        var lenient = GateEvaluator.Evaluate(read.Report!, suite, failOnInconclusive: false);

        Assert.Empty(read.Problems);
        Assert.Equal([("SIG004", 12)], strict.Errors.Select(e => (e.Code, e.Line)));
        Assert.Equal([("SIG006", 10)], strict.Warnings.Select(e => (e.Code, e.Line)));
        Assert.Empty(lenient.Errors);
        Assert.Equal([("SIG006", 10), ("SIG004", 12)], lenient.Warnings.Select(e => (e.Code, e.Line)));
        Assert.Equal(0, lenient.NotPassed);
    }

    [Fact]
    public void Expired_suppressions_written_by_compare_reach_the_build_as_SIG007_warnings_and_suppress_nothing()
    {
        const string suite = "/abs/suite.yaml";
        GateDefinition[] gates = [new("noisy-detection.auroc", "knn-shapley", null, null, null, null, 0.05, null, false, suite, 10, 5)];
        var current = Run(suite, gates, ("knn-shapley", "noisy-detection.auroc", 0.70));
        var baseline = Run(suite, gates, ("knn-shapley", "noisy-detection.auroc", 0.90));
        var written = RegressionComparer.Compare(current, baseline, gates, "/abs/run.json", "/abs/baseline.json", DateTimeOffset.UnixEpoch);
        written = Reporting.Gates.Suppressions.SuppressionApplier.Apply(written,
            [new Reporting.Gates.Suppressions.Suppression("*/*/*/knn-shapley", "noisy-detection.auroc", "accepted", new DateOnly(2001, 1, 31), null, "/abs/s.json", 3)], TimeProvider.System);
        var path = Path.Combine(_dir, "regression.json");
        RegressionJson.Write(path, written);

        var read = RegressionReportReader.Read(path);
        var evaluation = GateEvaluator.Evaluate(read.Report!, suite);

        Assert.Empty(read.Problems);
        Assert.Equal([("SIG002", 10)], evaluation.Errors.Select(e => (e.Code, e.Line)));
        var warning = Assert.Single(evaluation.Warnings);
        Assert.Equal(("SIG007", "/abs/s.json", 3), (warning.Code, warning.File, warning.Line));
        Assert.Equal(written.Warnings![0].Message, warning.Message);
    }

    private static RunResult Run(string suite, IReadOnlyList<GateDefinition> gates, params (string Estimator, string Metric, double Mean)[] rows) =>
        new(
            RunResult.SchemaId,
            RunResult.CurrentSchemaVersion,
            new SuiteInfo("contract", suite, new string('a', 64), gates),
            new EnvironmentInfo("m", "os", ".NET", 2, "cpu-simd", "0.1.0"),
            [],
            // Two seeds per row, each at the row's mean: baseline checks pair cells by seed.
            rows.GroupBy(r => r.Estimator).SelectMany(g => new[] { 1, 2 }.Select(seed => new CellResult(
                new CellKey("clicks", "fake-clicks(0.1)", "knn", g.Key, seed),
                CellStatus.Succeeded,
                null,
                g.ToDictionary(r => r.Metric, r => r.Mean),
                g.Any(r => r.Metric == "time.median")
                    ? new SampleImportance.Timing.TimingResult(1, 1, 1, 3, [.. g.Where(r => r.Metric == "time.median").SelectMany(r => new[] { r.Mean * 0.99, r.Mean, r.Mean * 1.01 })], null)
                    : null,
                0,
                [],
                null))).ToList(),
            rows.Select(r => new AggregateResult("clicks", "fake-clicks(0.1)", "knn", r.Estimator, r.Metric, r.Mean, r.Mean, r.Mean, 3)).ToList(),
            true,
            DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch);
}
