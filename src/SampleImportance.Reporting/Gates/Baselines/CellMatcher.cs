using System.Globalization;
using SampleImportance.Engine.Results;

namespace SampleImportance.Reporting.Gates.Baselines;

/// <summary>
/// Matches cells of a run with a baseline by their stable id and compares what each ran with (the <c>setup</c>
/// recorded in run.json): a different unit, utility metric, estimator or model parameter, or standardisation means
/// the suite definition changed and the two results measure different things.
/// </summary>
public static class CellMatcher
{
    /// <summary>New, missing and changed cells, each list in ordinal id order.</summary>
    public static BaselineCells Match(IReadOnlyList<CellResult> current, IReadOnlyList<CellResult> baseline)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(baseline);
        var old = baseline.GroupBy(c => c.Key.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var now = current.GroupBy(c => c.Key.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var changed = new List<CellChange>();
        var matched = 0;
        foreach (var (id, cell) in now.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!old.TryGetValue(id, out var before))
            {
                continue;
            }

            if (Difference(before.Setup, cell.Setup) is { } reason)
            {
                changed.Add(new CellChange(id, reason));
            }
            else
            {
                matched++;
            }
        }

        return new BaselineCells(
            matched,
            [.. now.Keys.Where(id => !old.ContainsKey(id)).Order(StringComparer.Ordinal)],
            [.. old.Keys.Where(id => !now.ContainsKey(id)).Order(StringComparer.Ordinal)],
            changed);
    }

    /// <summary>What differs between two setups, or null when they agree (or either was not recorded: an older run.json).</summary>
    public static string? Difference(CellSetup? before, CellSetup? after)
    {
        if (before is null || after is null)
        {
            return null;
        }

        var differences = new List<string>();
        Add(differences, "unit", before.Unit, after.Unit);
        Add(differences, "utility metric", before.Metric, after.Metric);
        Add(differences, "standardized", Text(before.Standardized), Text(after.Standardized));
        AddAll(differences, "estimator parameter", before.EstimatorParameters, after.EstimatorParameters);
        AddAll(differences, "model parameter", before.ModelParameters, after.ModelParameters);
        return differences.Count == 0 ? null : string.Join("; ", differences);
    }

    private static void AddAll(List<string> differences, string what, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        foreach (var name in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            Add(differences, $"{what} {name}", before.GetValueOrDefault(name), after.GetValueOrDefault(name));
        }
    }

    private static void Add(List<string> differences, string what, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            differences.Add($"{what}: {before ?? "(none)"} → {after ?? "(none)"}");
        }
    }

    private static string Text(bool value) => value.ToString(CultureInfo.InvariantCulture).ToLowerInvariant();
}
