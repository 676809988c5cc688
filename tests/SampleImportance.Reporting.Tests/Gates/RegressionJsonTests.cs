using SampleImportance.Reporting;
using SampleImportance.Reporting.Gates;
using SampleImportance.Reporting.Tests.Reports;
using SampleImportance.Tests.Shared;
using SampleImportance.Validation;
using static SampleImportance.Reporting.Tests.Gates.GateRuns;

namespace SampleImportance.Reporting.Tests.Gates;

public sealed class RegressionJsonTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>The example the MSBuild gate task is written against, byte for byte.</summary>
    private const string ContractExample = """
        {
          "schema": "sampleimportance/regression",
          "schemaVersion": 1,
          "suite": {
            "name": "quickstart",
            "file": "/abs/path/suite.yaml"
          },
          "run": "/abs/out/run.json",
          "baseline": "/abs/baseline/run.json",
          "generatedAt": "2026-11-29T01:00:00+00:00",
          "passed": false,
          "gates": [
            {
              "code": "SIG002",
              "status": "fail",
              "check": "max-drop",
              "metric": "noisy-detection.auroc",
              "estimator": "knn-shapley",
              "model": "knn",
              "dataset": "clicks",
              "corruption": "fake-clicks(0.1)",
              "current": 0.71,
              "baseline": 0.82,
              "limit": 0.05,
              "message": "noisy-detection.auroc dropped by 0.11 (0.82 → 0.71), more than max-drop 0.05 (2 paired seeds; 95% interval of the drop [0.11, 0.11])",
              "file": "/abs/path/suite.yaml",
              "line": 12,
              "column": 5,
              "intervalLower": 0.10999999999999999,
              "intervalUpper": 0.10999999999999999,
              "pValue": null,
              "currentSamples": 2,
              "baselineSamples": 2,
              "suppression": null
            }
          ],
          "cells": {
            "matched": 2,
            "new": [],
            "missing": [],
            "changed": []
          },
          "warnings": []
        }

        """;

    private static RegressionReport Example() =>
        Compare(Run(Row("noisy-detection.auroc", 0.71)), Run(Row("noisy-detection.auroc", 0.82)), Gate("noisy-detection.auroc", maxDrop: 0.05));

    [Fact]
    public void Serialize_produces_exactly_the_contract_shape()
    {
        Assert.Equal(ContractExample, RegressionJson.Serialize(Example()));
    }

    [Fact]
    public void Serialize_writes_null_code_for_passes_and_null_values_when_missing()
    {
        var report = Compare(Run(Row("time.median", 1)), Run(), Gate("time.median", max: 2, maxIncrease: 0.1, relative: true));

        var json = RegressionJson.Serialize(report);

        Assert.Contains("\"code\": null,\n      \"status\": \"pass\",\n      \"check\": \"max\"", json, StringComparison.Ordinal);
        Assert.Contains("\"code\": \"SIG004\",\n      \"status\": \"inconclusive\",\n      \"check\": \"max-increase\"", json, StringComparison.Ordinal);
        Assert.Contains("\"current\": 1,\n      \"baseline\": null,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_then_Read_round_trips()
    {
        var report = Compare(Run(Row("time.median", 1.5), Row("noisy-detection.auroc", 0.8)), Run(Row("time.median", 1.0)),
            Gate("time.median", maxIncrease: 0.1, relative: true), Gate("noisy-detection.auroc", estimator: "nope", min: 0.5));
        var path = temp.File("regression.json");

        RegressionJson.Write(path, report);
        var back = RegressionJson.Read(path);

        Assert.Equal(report.Gates, back.Gates);
        Assert.Equal(report with { Gates = [], Cells = null, Warnings = null }, back with { Gates = [], Cells = null, Warnings = null });
        Assert.Equal(report.Cells!.Matched, back.Cells!.Matched);
        Assert.Equal(report.Cells.New, back.Cells.New);
        Assert.Equal(report.Cells.Missing, back.Cells.Missing);
        Assert.Equal(["regression.json"], temp.Names());
    }

    [Fact]
    public void Read_of_a_run_json_says_it_is_not_a_regression_report()
    {
        var path = temp.File("run.json");
        RunJson.Write(path, TestRuns.Leaderboard());

        var error = Assert.Throws<InputException>(() => RegressionJson.Read(path));

        Assert.Contains("not a regression report", error.Message, StringComparison.Ordinal);
        Assert.Equal(path, Assert.Single(error.Errors).Location.File);
    }

    [Fact]
    public void Read_of_an_empty_file_fails()
    {
        var path = temp.File("regression.json");
        File.WriteAllText(path, string.Empty);

        var error = Assert.Throws<InputException>(() => RegressionJson.Read(path));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_rejects_an_unknown_status()
    {
        var path = temp.File("regression.json");
        File.WriteAllText(path, ContractExample.Replace("\"status\": \"fail\"", "\"status\": \"maybe\"", StringComparison.Ordinal));

        var error = Assert.Throws<InputException>(() => RegressionJson.Read(path));

        Assert.Equal(15, Assert.Single(error.Errors).Location.Line);
    }

    [Fact]
    public void Serialize_rejects_a_non_finite_value()
    {
        var report = Example();
        var bad = report with { Gates = [report.Gates[0] with { Current = double.PositiveInfinity }] };

        Assert.Throws<ArgumentException>(() => RegressionJson.Serialize(bad));
    }
}
