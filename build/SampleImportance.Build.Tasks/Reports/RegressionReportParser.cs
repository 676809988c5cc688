using System.Globalization;
using System.Text.Json;
using SampleImportance.Build.Tasks.Diagnostics;

namespace SampleImportance.Build.Tasks.Reports;

/// <summary>Checks a parsed JSON document against the <c>sampleimportance/regression</c> schema, version 1.</summary>
internal static class RegressionReportParser
{
    public const string Schema = "sampleimportance/regression";
    public const int SupportedSchemaVersion = 1;

    public static ReportReadResult Parse(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(GateCodes.WrongSchema, $"the report is {JsonFieldReader.Describe(root)}, not a \"{Schema}\" object", path);
        }

        var schemaProblem = CheckSchema(root);
        if (schemaProblem is not null)
        {
            return Fail(GateCodes.WrongSchema, schemaProblem, path);
        }

        var fields = new JsonFieldReader(root, string.Empty);
        var passed = fields.RequiredBoolean("passed");
        var run = fields.OptionalString("run");
        var baseline = fields.OptionalString("baseline");
        string? suiteName = null;
        string? suiteFile = null;
        if (fields.OptionalObject("suite") is { } suite)
        {
            var suiteFields = new JsonFieldReader(suite, "suite");
            suiteName = suiteFields.OptionalString("name");
            suiteFile = suiteFields.OptionalString("file");
            foreach (var error in suiteFields.Errors)
            {
                fields.AddError(error);
            }
        }

        var warnings = ReportWarningParser.Parse(root, fields);
        JsonElement gatesElement = default;
        if (!root.TryGetProperty("gates", out gatesElement) || gatesElement.ValueKind == JsonValueKind.Null)
        {
            fields.AddError("'gates' is missing");
        }
        else if (gatesElement.ValueKind != JsonValueKind.Array)
        {
            fields.AddError($"'gates' must be an array, not {JsonFieldReader.Describe(gatesElement)}");
        }
        else if (gatesElement.GetArrayLength() == 0)
        {
            // A report that checks nothing cannot vouch for anything.
            fields.AddError("'gates' is empty: the report checks nothing, so it cannot pass");
        }

        if (fields.Errors.Count > 0 || passed is null)
        {
            var problems = fields.Errors.Select(error => Problem(GateCodes.InvalidGates, error, path)).ToList();
            return new ReportReadResult(null, problems);
        }

        var gates = new List<GateResult>();
        var entryProblems = new List<GateDiagnostic>();
        var index = 0;
        foreach (var entry in gatesElement.EnumerateArray())
        {
            var gate = GateResultParser.Parse(entry, index, out var errors);
            if (gate is null)
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"gates[{index}]");
                var text = $"{where} is not a valid gate, so it cannot pass: {string.Join("; ", errors)}";
                entryProblems.Add(Problem(GateCodes.InvalidGates, text, path));
            }
            else
            {
                gates.Add(gate);
            }

            index++;
        }

        var report = new RegressionReport(
            path, suiteName, suiteFile, run, baseline, passed.Value, gates, entryProblems.Count, warnings);
        return new ReportReadResult(report, entryProblems);
    }

    private static string? CheckSchema(JsonElement root)
    {
        if (!root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.String)
        {
            return $"'schema' must be \"{Schema}\" but is {DescribeField(root, "schema")}; is this really a regression report written by 'sampleimportance compare'?";
        }

        if (!string.Equals(schema.GetString(), Schema, StringComparison.Ordinal))
        {
            return $"'schema' is {JsonFieldReader.Describe(schema)}, expected \"{Schema}\"; pass the regression.json written by 'sampleimportance compare', not a run or another file";
        }

        if (!root.TryGetProperty("schemaVersion", out var version)
            || version.ValueKind != JsonValueKind.Number
            || !version.TryGetInt32(out var number)
            || number != SupportedSchemaVersion)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"'schemaVersion' is {DescribeField(root, "schemaVersion")}; this gate reads version {SupportedSchemaVersion} only (update SampleImportance.Build to read newer reports)");
        }

        return null;
    }

    private static string DescribeField(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? JsonFieldReader.Describe(value) : "missing";

    private static ReportReadResult Fail(string code, string message, string path) =>
        new(null, [Problem(code, message, path)]);

    private static GateDiagnostic Problem(string code, string message, string path) =>
        new(code, $"Regression report '{path}': {message}.", path, 0, 0);
}
