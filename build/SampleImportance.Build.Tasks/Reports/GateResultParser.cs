using System.Globalization;
using System.Text.Json;

namespace SampleImportance.Build.Tasks.Reports;

/// <summary>Turns one element of the report's <c>gates</c> array into a <see cref="GateResult"/>, or explains why not.</summary>
internal static class GateResultParser
{
    /// <returns>The gate, or null with <paramref name="errors"/> saying what is wrong with the entry.</returns>
    public static GateResult? Parse(JsonElement entry, int index, out IReadOnlyList<string> errors)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"gates[{index}]");
        if (entry.ValueKind != JsonValueKind.Object)
        {
            errors = [$"'{where}' must be an object, not {JsonFieldReader.Describe(entry)}"];
            return null;
        }

        var fields = new JsonFieldReader(entry, where);
        var statusText = fields.RequiredString("status");
        var checkText = fields.RequiredString("check");
        var metric = fields.RequiredString("metric");
        var estimator = fields.OptionalString("estimator");
        var model = fields.OptionalString("model");
        var dataset = fields.OptionalString("dataset");
        var corruption = fields.OptionalString("corruption");
        var current = fields.OptionalNumber("current");
        var baseline = fields.OptionalNumber("baseline");
        var limit = fields.RequiredNumber("limit");
        var message = fields.OptionalString("message");
        var code = fields.OptionalString("code");
        var file = fields.OptionalString("file");
        var line = fields.OptionalPosition("line");
        var column = fields.OptionalPosition("column");

        var status = statusText is null ? null : ParseStatus(statusText);
        if (statusText is not null && status is null)
        {
            fields.AddError($"'{where}.status' is \"{statusText}\"; expected pass, fail, inconclusive or suppressed");
        }

        var check = checkText is null ? null : ParseCheck(checkText);
        if (checkText is not null && check is null)
        {
            fields.AddError($"'{where}.check' is \"{checkText}\"; expected min, max, max-drop or max-increase");
        }

        // A pass needs the numbers it was judged on; without them it is inconclusive, never a pass.
        if (status == GateStatus.Pass && current is null)
        {
            fields.AddError($"'{where}' says pass but has no current value");
        }

        if (status == GateStatus.Pass && check is GateCheck.MaxDrop or GateCheck.MaxIncrease && baseline is null)
        {
            fields.AddError($"'{where}' says pass for a {checkText} check but has no baseline value");
        }

        errors = fields.Errors;
        if (errors.Count > 0 || status is null || check is null || metric is null || limit is null)
        {
            return null;
        }

        return new GateResult(
            index, status.Value, check.Value, checkText!, metric, estimator, model, dataset, corruption,
            current, baseline, limit.Value, message, code, file, line, column);
    }

    private static GateStatus? ParseStatus(string text) => text switch
    {
        "pass" => GateStatus.Pass,
        "fail" => GateStatus.Fail,
        "inconclusive" => GateStatus.Inconclusive,
        "suppressed" => GateStatus.Suppressed,
        _ => null,
    };

    private static GateCheck? ParseCheck(string text) => text switch
    {
        "min" => GateCheck.Min,
        "max" => GateCheck.Max,
        "max-drop" => GateCheck.MaxDrop,
        "max-increase" => GateCheck.MaxIncrease,
        _ => null,
    };
}
