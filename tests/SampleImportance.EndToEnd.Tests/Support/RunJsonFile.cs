using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SampleImportance.EndToEnd.Tests.Support;

/// <summary>
/// A run.json read as plain JSON, the way a CI script or another tool would read it: the tests check the file's
/// published shape (camelCase names, lower-case statuses), not our own C# types.
/// </summary>
internal sealed class RunJsonFile
{
    private RunJsonFile(string path, JsonObject root)
    {
        Path = path;
        Root = root;
        Cells = [.. root["cells"]!.AsArray().Select(c => CellView.From(c!.AsObject()))];
    }

    public string Path { get; }

    public JsonObject Root { get; }

    public IReadOnlyList<CellView> Cells { get; }

    public bool Complete => Root["complete"]!.GetValue<bool>();

    public static RunJsonFile Load(string path)
    {
        Assert.True(File.Exists(path), $"Expected {path} to exist.");
        var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject();
        Assert.NotNull(root);
        Assert.Equal("sampleimportance/run", root["schema"]?.GetValue<string>());
        return new RunJsonFile(path, root);
    }

    public IEnumerable<CellView> CellsOf(string estimator) => Cells.Where(c => c.Estimator == estimator);

    /// <summary>The aggregate row of <paramref name="estimator"/> and <paramref name="metric"/> (exactly one must exist).</summary>
    public JsonObject Aggregate(string estimator, string metric)
    {
        var rows = Root["aggregates"]!.AsArray()
            .Select(a => a!.AsObject())
            .Where(a => a["estimator"]!.GetValue<string>() == estimator && a["metric"]!.GetValue<string>() == metric)
            .ToList();
        Assert.True(rows.Count == 1, $"Expected one aggregate for {estimator} {metric} in {Path}, found {rows.Count}.");
        return rows[0];
    }

    public double AggregateMean(string estimator, string metric) => Aggregate(estimator, metric)["mean"]!.GetValue<double>();

    /// <summary>
    /// Every quality result as text: cells (status, error, metrics, evaluations, notes, removal curve) and aggregates,
    /// leaving out what legitimately differs between identical runs (timings, timestamps, paths, environment).
    /// </summary>
    public string QualityFingerprint()
    {
        var text = new StringBuilder();
        foreach (var cell in Root["cells"]!.AsArray().Select(c => c!.AsObject()))
        {
            text.Append(cell["key"]!["id"]!.GetValue<string>()).Append(' ').Append(cell["status"]!.GetValue<string>())
                .Append(" error=").Append(cell["error"]?.GetValue<string>() ?? "null")
                .Append(" evaluations=").Append(cell["utilityEvaluations"]!.ToJsonString()).AppendLine();
            foreach (var (name, value) in cell["metrics"]!.AsObject().Where(m => !m.Key.StartsWith("time.", StringComparison.Ordinal)).OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                text.Append("  ").Append(name).Append('=').Append(value!.ToJsonString()).AppendLine();
            }

            text.Append("  notes=").Append(cell["notes"]!.ToJsonString()).AppendLine();
            text.Append("  curve=").Append(cell["removalCurve"]?.ToJsonString() ?? "null").AppendLine();
        }

        foreach (var row in Root["aggregates"]!.AsArray().Select(a => a!.AsObject()).Where(a => !a["metric"]!.GetValue<string>().StartsWith("time.", StringComparison.Ordinal)))
        {
            text.AppendLine(row.ToJsonString());
        }

        return text.ToString();
    }

    /// <summary>One cell of run.json.</summary>
    internal sealed record CellView(string Id, string Estimator, int Seed, string Status, string? Error, IReadOnlyDictionary<string, double> Metrics)
    {
        public static CellView From(JsonObject cell)
        {
            var key = cell["key"]!.AsObject();
            var metrics = cell["metrics"]!.AsObject().ToDictionary(m => m.Key, m => m.Value!.GetValue<double>(), StringComparer.Ordinal);
            return new CellView(
                key["id"]!.GetValue<string>(),
                key["estimator"]!.GetValue<string>(),
                key["seed"]!.GetValue<int>(),
                cell["status"]!.GetValue<string>(),
                cell["error"]?.GetValue<string>(),
                metrics);
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: {Status} {Error}");
    }
}
