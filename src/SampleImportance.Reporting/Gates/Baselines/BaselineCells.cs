namespace SampleImportance.Reporting.Gates.Baselines;

/// <summary>How the current run's cells line up with the baseline's, matched by cell id.</summary>
/// <param name="Matched">Cells in both runs with the same setup (or a setup only one run recorded).</param>
/// <param name="New">Cell ids only in the current run (nothing to compare them with).</param>
/// <param name="Missing">Cell ids only in the baseline (dropped from the suite, or not run).</param>
/// <param name="Changed">Cells in both whose setup differs: the suite definition changed, so they are incomparable.</param>
public sealed record BaselineCells(int Matched, IReadOnlyList<string> New, IReadOnlyList<string> Missing, IReadOnlyList<CellChange> Changed)
{
    /// <summary>No cells on either side.</summary>
    public static BaselineCells Empty { get; } = new(0, [], [], []);
}
