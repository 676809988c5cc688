using System.Globalization;
using SampleImportance.Engine.Results;
using SampleImportance.Reporting;
using SampleImportance.Suites;
using SampleImportance.Tests.Shared;
using SampleImportance.Validation;

namespace SampleImportance.Reporting.Tests.Reports;

public sealed class RunJsonTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static RunResult Sample() => TestRuns.Run(
        TestRuns.Leaderboard().Cells,
        gates: [new GateDefinition("time.median", null, null, null, null, null, null, 0.1, true, "/abs/path/suite.yaml", 12, 5)]);

    [Fact]
    public void Serialize_uses_camelCase_names_and_enum_strings()
    {
        var json = RunJson.Serialize(Sample());

        Assert.StartsWith("{\n  \"schema\": \"sampleimportance/run\",\n  \"schemaVersion\": 1,\n  \"suite\": {\n    \"name\": \"quickstart\",", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"succeeded\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"timedOut\"", json, StringComparison.Ordinal);
        Assert.Contains("\"maxIncreaseIsRelative\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"noisy-detection.auroc\": 0.91", json, StringComparison.Ordinal);
        Assert.Contains("\"startedAt\": \"2026-11-29T00:00:00+00:00\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_writes_invariant_numbers_whatever_the_culture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
        try
        {
            Assert.Contains("\"removal.auc\": 0.69", RunJson.Serialize(Sample()), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Write_then_Read_round_trips_every_field()
    {
        var run = Sample();
        var path = temp.File("run.json");

        RunJson.Write(path, run);
        var back = RunJson.Read(path);

        Assert.Equal(RunJson.Serialize(run), RunJson.Serialize(back));
        Assert.Equal(run.Cells.Count, back.Cells.Count);
        Assert.Equal(run.Cells[0].Key, back.Cells[0].Key);
        Assert.Equal(run.Cells[0].Metrics, back.Cells[0].Metrics);
        Assert.Equal(run.Aggregates, back.Aggregates);
        Assert.Equal(run.Suite.Gates[0], back.Suite.Gates[0]);
        Assert.Equal(run.FinishedAt, back.FinishedAt);
        Assert.Equal(["run.json"], temp.Names());
    }

    [Fact]
    public void Serialize_rejects_a_non_finite_metric_naming_the_cell()
    {
        var run = TestRuns.Run([TestRuns.Cell("knn", 4, new Dictionary<string, double> { ["auroc"] = double.NaN })], aggregates: []);

        var error = Assert.Throws<ArgumentException>(() => RunJson.Serialize(run));

        Assert.Contains("clicks/fake-clicks(0.1)/knn/knn/4", error.Message, StringComparison.Ordinal);
        Assert.Contains("auroc", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_of_a_missing_file_names_it()
    {
        var path = temp.File("nope.json");

        var error = ReadFails(path);

        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t")]
    public void Read_of_an_empty_file_says_so(string text)
    {
        var error = ReadFails(Write(text));

        Assert.Contains("is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_of_invalid_json_reports_the_line()
    {
        var error = ReadFails(Write("{\n  \"schema\": \"sampleimportance/run\",\n  \"schemaVersion\": 1 1\n}"));

        var location = Assert.Single(error.Errors).Location;
        Assert.Equal(3, location.Line);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_of_a_truncated_file_fails_with_its_line()
    {
        var full = RunJson.Serialize(Sample());

        var error = ReadFails(Write(full[..(full.Length / 2)]));

        Assert.True(Assert.Single(error.Errors).Location.Line > 1);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_of_another_schema_names_both_schemas()
    {
        var error = ReadFails(Write("{ \"schema\": \"sampleimportance/regression\", \"schemaVersion\": 1 }"));

        Assert.Contains("\"sampleimportance/regression\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"sampleimportance/run\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("{ \"cells\": [] }")]
    public void Read_of_json_without_a_schema_fails(string text)
    {
        var error = ReadFails(Write(text));

        Assert.Contains("not a run result", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_of_a_newer_schemaVersion_says_how_to_fix_it()
    {
        var text = RunJson.Serialize(Sample()).Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 2,", StringComparison.Ordinal);

        var error = ReadFails(Write(text));

        var problem = Assert.Single(error.Errors);
        Assert.Contains("schemaVersion 2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Upgrade", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_of_a_file_missing_a_required_member_fails()
    {
        var text = RunJson.Serialize(Sample()).Replace("\"complete\": true,", string.Empty, StringComparison.Ordinal);

        var error = ReadFails(Write(text));

        Assert.Contains("does not match its schema", error.Message, StringComparison.Ordinal);
        Assert.Contains("complete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_of_a_null_where_a_value_is_required_fails()
    {
        var text = RunJson.Serialize(Sample()).Replace("\"name\": \"quickstart\"", "\"name\": null", StringComparison.Ordinal);

        var error = ReadFails(Write(text));

        Assert.True(Assert.Single(error.Errors).Location.Line > 0);
    }

    [Fact]
    public void Read_rejects_an_unknown_enum_value()
    {
        var text = RunJson.Serialize(Sample()).Replace("\"status\": \"timedOut\"", "\"status\": \"exploded\"", StringComparison.Ordinal);

        ReadFails(Write(text));
    }

    private string Write(string text)
    {
        var path = temp.File("run.json");
        File.WriteAllText(path, text);
        return path;
    }

    private static InputException ReadFails(string path)
    {
        var error = Assert.Throws<InputException>(() => RunJson.Read(path));
        Assert.Equal(path, Assert.Single(error.Errors).Location.File);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Errors[0].Fix);
        return error;
    }
}
