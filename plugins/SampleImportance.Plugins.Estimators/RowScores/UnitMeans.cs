using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.RowScores;

/// <summary>Turns per-row values into per-unit values for estimators that score rows one by one.</summary>
internal static class UnitMeans
{
    /// <summary>The row values themselves for row units; otherwise each unit's mean over its rows (0 for an empty unit).</summary>
    public static double[] Of(UnitPartition units, double[] rowValues)
    {
        if (units.IsRows)
        {
            return rowValues;
        }

        var values = new double[units.Count];
        for (var u = 0; u < units.Count; u++)
        {
            var sum = 0.0;
            var unitRows = units.RowsOf(u);
            foreach (var row in unitRows)
            {
                sum += rowValues[row];
            }

            values[u] = unitRows.Length > 0 ? sum / unitRows.Length : 0.0;
        }

        return values;
    }
}
