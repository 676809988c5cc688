using System.Text.Json.Nodes;
using SampleImportance.Build.Tests.Support;

namespace SampleImportance.Build.Tests.Reports;

/// <summary>
/// Fail closed on the report's content: wrong schema (SIG013), missing or malformed gates (SIG014),
/// a verdict that contradicts the gates (SIG015).
/// </summary>
public sealed class ReportSchemaTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("sampleimportance/run")]
    [InlineData("SampleImportance/Regression")]
    [InlineData("")]
    public void Other_schema_is_SIG013(string schema)
    {
        var report = ReportJson.Passing();
        report["schema"] = schema;

        var run = GateRun.OnJson(_directory, report);

        Assert.False(run.Result);
        Assert.Equal(["SIG013"], run.Codes);
    }

    [Fact]
    public void Missing_schema_is_SIG013()
    {
        var report = ReportJson.Passing();
        report.Remove("schema");

        Assert.Equal(["SIG013"], GateRun.OnJson(_directory, report).Codes);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("\"1\"")]
    [InlineData("null")]
    public void Unsupported_schemaVersion_is_SIG013(string version)
    {
        var report = ReportJson.Passing();
        report["schemaVersion"] = JsonNode.Parse(version);

        var run = GateRun.OnJson(_directory, report);

        Assert.False(run.Result);
        Assert.Equal(["SIG013"], run.Codes);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"regression\"")]
    [InlineData("42")]
    public void Root_that_is_not_an_object_is_SIG013(string content)
    {
        Assert.Equal(["SIG013"], GateRun.OnText(_directory, content).Codes);
    }

    [Fact]
    public void A_run_json_passed_by_mistake_is_SIG013()
    {
        var run = GateRun.OnText(_directory, """{ "schema": "sampleimportance/run", "schemaVersion": 1, "cells": [] }""");

        Assert.Contains("not a run or another file", run.SingleError("SIG013").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_gates_is_SIG014_even_when_the_report_says_passed()
    {
        var run = GateRun.OnJson(_directory, ReportJson.Report(true));

        Assert.False(run.Result);
        Assert.Equal(["SIG014"], run.Codes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    [InlineData("\"none\"")]
    public void Missing_or_non_array_gates_is_SIG014(string? gates)
    {
        var report = ReportJson.Passing();
        if (gates is null)
        {
            report.Remove("gates");
        }
        else
        {
            report["gates"] = JsonNode.Parse(gates);
        }

        Assert.Equal(["SIG014"], GateRun.OnJson(_directory, report).Codes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"true\"")]
    [InlineData("1")]
    public void Missing_or_non_boolean_passed_is_SIG014(string? passed)
    {
        var report = ReportJson.Passing();
        report["passed"] = passed is null ? null : JsonNode.Parse(passed);

        Assert.Equal(["SIG014"], GateRun.OnJson(_directory, report).Codes);
    }

    [Theory]
    [InlineData("status", "\"ok\"")]
    [InlineData("status", "\"PASS\"")]
    [InlineData("status", null)]
    [InlineData("check", "\"min-drop\"")]
    [InlineData("check", null)]
    [InlineData("metric", null)]
    [InlineData("metric", "\"\"")]
    [InlineData("limit", null)]
    [InlineData("limit", "\"0.05\"")]
    [InlineData("current", "\"0.9\"")]
    [InlineData("line", "-1")]
    [InlineData("line", "\"12\"")]
    [InlineData("file", "12")]
    [InlineData("estimator", "[]")]
    public void Malformed_gate_entry_is_SIG014_and_counts_as_not_passed(string field, string? value)
    {
        var broken = ReportJson.Gate();
        broken[field] = value is null ? null : JsonNode.Parse(value);
        var report = ReportJson.Report(false, ReportJson.Gate(), broken);

        var run = GateRun.OnJson(_directory, report);

        Assert.False(run.Result);
        Assert.Equal(1, run.Task.FailedGates);
        var error = run.SingleError("SIG014");
        Assert.Single(run.Errors);
        Assert.Contains("gates[1]", error.Message, StringComparison.Ordinal);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gate_entry_that_is_not_an_object_is_SIG014()
    {
        var report = ReportJson.Report(false, ReportJson.Gate());
        report["gates"]!.AsArray().Add("pass");

        Assert.Equal(["SIG014"], GateRun.OnJson(_directory, report).Codes);
    }

    [Fact]
    public void Malformed_entry_does_not_hide_real_failures()
    {
        var broken = ReportJson.Gate();
        broken.Remove("status");
        var report = ReportJson.Report(false, broken, ReportJson.FailingMaxDrop());

        var run = GateRun.OnJson(_directory, report);

        Assert.Equal(["SIG014", "SIG002"], run.Codes);
        Assert.Equal(2, run.Task.FailedGates);
    }

    [Fact]
    public void Pass_without_current_value_is_SIG014()
    {
        var report = ReportJson.Report(true, ReportJson.Gate(current: null));

        var run = GateRun.OnJson(_directory, report);

        Assert.Contains("says pass but has no current value", run.SingleError("SIG014").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("max-drop")]
    [InlineData("max-increase")]
    public void Pass_of_a_baseline_check_without_baseline_is_SIG014(string check)
    {
        var report = ReportJson.Report(true, ReportJson.Gate(check: check, baseline: null));

        Assert.False(GateRun.OnJson(_directory, report).Result);
    }

    [Fact]
    public void Pass_of_a_bound_check_needs_no_baseline()
    {
        var report = ReportJson.Report(true, ReportJson.Gate(check: "min", baseline: null));

        var run = GateRun.OnJson(_directory, report);

        Assert.True(run.Result);
        Assert.Empty(run.Errors);
    }

    [Fact]
    public void Passed_true_with_a_failed_gate_is_SIG015_as_well_as_the_gate_error()
    {
        var report = ReportJson.Failing();
        report["passed"] = true;

        var run = GateRun.OnJson(_directory, report);

        Assert.False(run.Result);
        Assert.Equal(["SIG002", "SIG015"], run.Codes);
        Assert.Equal(_directory.Combine("regression.json"), run.SingleError("SIG015").File);
    }

    [Fact]
    public void Passed_true_with_an_inconclusive_gate_is_SIG015()
    {
        var report = ReportJson.Inconclusive();
        report["passed"] = true;

        Assert.Equal(["SIG004", "SIG015"], GateRun.OnJson(_directory, report).Codes);
    }

    [Fact]
    public void Passed_false_with_every_gate_passing_is_SIG015()
    {
        var report = ReportJson.Passing();
        report["passed"] = false;

        var run = GateRun.OnJson(_directory, report);

        Assert.False(run.Result);
        Assert.Equal(["SIG015"], run.Codes);
    }

    [Fact]
    public void Unknown_extra_fields_are_ignored()
    {
        var report = ReportJson.Passing();
        report["statistics"] = new JsonObject { ["test"] = "mann-whitney" };
        report["gates"]![0]!["interval"] = new JsonArray(0.8, 0.95);

        var run = GateRun.OnJson(_directory, report);

        Assert.True(run.Result);
        Assert.Empty(run.Errors);
    }
}
