using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.RowScores;

/// <summary>Turns per-row values into per-unit values by summing: first-order estimators, whose effects add up.</summary>
internal static class UnitSums
{
    /// <summary>The row values themselves for row units; otherwise each unit's sum over its rows (0 for an empty unit).</summary>
    public static double[] Of(UnitPartition units, double[] rowValues)
    {
        if (units.IsRows)
        {
            return rowValues;
        }

        var values = new double[units.Count];
        for (var u = 0; u < units.Count; u++)
        {
            foreach (var row in units.RowsOf(u))
            {
                values[u] += rowValues[row];
            }
        }

        return values;
    }
}
