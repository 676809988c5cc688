using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>A corruption's per-row candidate strata carried to units: the one rule detection and removal share.</summary>
internal static class CandidateStrata
{
    /// <summary>
    /// Per unit, the highest stratum among its rows, or −1 when none of its rows is a candidate. Without strata
    /// (no corruption, or one that declares none) every unit is a candidate in stratum 0.
    /// </summary>
    public static int[] OfUnits(IReadOnlyList<int>? rowStrata, UnitPartition units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var strata = new int[units.Count];
        if (rowStrata is null)
        {
            return strata;
        }

        Array.Fill(strata, -1);
        for (var row = 0; row < rowStrata.Count; row++)
        {
            var unit = units.UnitOfRow[row];
            strata[unit] = Math.Max(strata[unit], rowStrata[row]);
        }

        return strata;
    }
}
