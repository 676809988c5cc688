using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.RowScores;

/// <summary>Turns per-row values into per-unit values for estimators that score rows one by one.</summary>
internal static class UnitMeans
{
    /// <summary>The row values themselves for row units; otherwise each unit's mean over its rows (0 for an empty unit).</summary>
    public static double[] Of(UnitPartition units, double[] rowValues)
    {
        var sums = UnitSums.Of(units, rowValues);
        if (units.IsRows)
        {
            return sums;
        }

        for (var u = 0; u < units.Count; u++)
        {
            var count = units.RowsOf(u).Length;
            sums[u] = count > 0 ? sums[u] / count : 0.0;
        }

        return sums;
    }
}
