using System.Text;
using SampleImportance.Reporting.Gates;
using SampleImportance.Reporting.Gates.Suppressions;
using SampleImportance.Reporting.Tests.Reports;
using SampleImportance.Validation;
using static SampleImportance.Reporting.Tests.Gates.GateRuns;

namespace SampleImportance.Reporting.Tests.Gates.Suppressions;

public sealed class SuppressionTests : IDisposable
{
    private const string Auroc = "noisy-detection.auroc";
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>A clock fixed at one instant, so expiry is decided by the test.</summary>
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static RegressionReport Regressed() =>
        Compare(Run(Row(Auroc, 0.71)), Run(Row(Auroc, 0.82)), Gate(Auroc, maxDrop: 0.05));

    private string File(string json) => Write("suppressions.json", json);

    private string Write(string name, string text)
    {
        var path = temp.File(name);
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private const string Entry = """
        {
          "$schema": "../schemas/suppressions.schema.json",
          "suppressions": [
            {
              "cell": "clicks/*/knn/knn-shapley",
              "metric": "noisy-detection.auroc",
              "check": "max-drop",
              "reason": "k raised on purpose (#123)",
              "expires": "2026-12-31"
            }
          ]
        }
        """;

    [Fact]
    public void An_unexpired_entry_suppresses_the_regression_and_the_report_passes()
    {
        var entries = SuppressionFile.Read(File(Entry));

        var report = SuppressionApplier.Apply(Regressed(), entries, new FixedTime(new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero)));

        var outcome = Assert.Single(report.Gates);
        Assert.Equal((GateStatus.Suppressed, GateCodes.Suppressed), (outcome.Status, outcome.Code));
        Assert.Contains("k raised on purpose (#123)", outcome.Suppression, StringComparison.Ordinal);
        Assert.EndsWith(":4)", outcome.Suppression, StringComparison.Ordinal);
        Assert.True(report.Passed);
        Assert.Empty(report.Warnings!);
        Assert.False(GateFailurePolicy.Default.Fails(report));
    }

    [Fact]
    public void An_expired_entry_stops_suppressing_and_is_reported()
    {
        var entries = SuppressionFile.Read(File(Entry));

        var report = SuppressionApplier.Apply(Regressed(), entries, new FixedTime(new DateTimeOffset(2027, 1, 1, 0, 0, 1, TimeSpan.Zero)));

        Assert.Equal(GateStatus.Fail, Assert.Single(report.Gates).Status);
        Assert.False(report.Passed);
        var warning = Assert.Single(report.Warnings!);
        Assert.Equal((GateCodes.SuppressionExpired, 4), (warning.Code, warning.Line));
        Assert.Contains("expired on 2026-12-31", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clicks/*/knn/knn-shapley", Auroc, true)]
    [InlineData("*", Auroc, true)]
    [InlineData("*/*/*/*", Auroc, true)]
    [InlineData("clicks/*/knn/loo", Auroc, false)]
    [InlineData("clicks/*/knn/knn-shapley", "removal.auc", false)]
    public void Entries_match_by_cell_pattern_and_metric(string cell, string metric, bool matches)
    {
        var entry = new Suppression(cell, metric, "why", null, null, "s.json", 3);

        Assert.Equal(matches, entry.Matches(Regressed().Gates[0]));
    }

    [Theory]
    [InlineData("{ \"suppressions\": [ { \"cell\": \"a/b/c/d\", \"metric\": \"m\" } ] }", 1, "no \"reason\"")]
    [InlineData("{\n  \"suppressions\": [\n    { \"cell\": \"a/b/c/d\", \"metric\": \"m\", \"reason\": \"r\",\n      \"expires\": \"31/12/2026\" }\n  ]\n}", 3, "not an ISO date")]
    [InlineData("{\n  \"suppressions\": [\n    { \"cell\": \"a/b/c/d\",\n      \"metric\": \"m\", \"reason\": \"r\", \"owner\": \"x\" }\n  ]\n}", 4, "Unknown suppression field \"owner\"")]
    [InlineData("{\n  \"suppressions\": [\n    { \"cell\": \"a/b\", \"metric\": \"m\", \"reason\": \"r\" }\n  ]\n}", 3, "four parts")]
    [InlineData("{\n  \"suppressions\": [\n    { \"cell\": \"a/b/c/d\", \"metric\": \"m\", \"reason\": \"r\", }\n  ]\n}", 3, "not valid JSON")]
    [InlineData("[]", 1, "JSON object")]
    [InlineData("{ \"suppressions\": [] }\n{ }", 2, "not valid JSON")]
    [InlineData("{ \"suppressions\": [],\n  \"suppressions\": [] }", 2, "given twice")]
    public void A_bad_file_names_the_file_and_line(string json, int line, string message)
    {
        var path = File(json);

        var error = Assert.Single(Assert.Throws<InputException>(() => SuppressionFile.Read(path)).Errors);

        Assert.Equal((path, line), (error.Location.File, error.Location.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Fix);
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        var path = temp.File("nope.json");

        var error = Assert.Throws<InputException>(() => SuppressionFile.Read(path));

        Assert.Equal(path, Assert.Single(error.Errors).Location.File);
    }

    [Theory]
    [InlineData(null, true, true)]
    [InlineData("regression;inconclusive", true, true)]
    [InlineData("regression", true, false)]
    [InlineData("Regression, Inconclusive", true, true)]
    public void Fail_on_parses_its_list(string? text, bool regression, bool inconclusive)
    {
        Assert.Equal(new GateFailurePolicy(regression, inconclusive), GateFailurePolicy.Parse(text));
    }

    [Fact]
    public void Fail_on_rejects_unknown_words_and_regression_only_lets_inconclusive_through()
    {
        Assert.Throws<InputException>(() => GateFailurePolicy.Parse("regressions"));
        var inconclusive = Compare(Run(Row(Auroc, 0.9)), Run(), Gate(Auroc, maxDrop: 0.02));

        Assert.True(GateFailurePolicy.Default.Fails(inconclusive));
        Assert.False(GateFailurePolicy.Parse("regression").Fails(inconclusive));
        Assert.True(GateFailurePolicy.Parse("regression").Fails(Regressed()));
    }
}
