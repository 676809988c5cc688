namespace SampleImportance.Reporting.Gates.Baselines;

/// <summary>A cell in both runs whose recorded setup differs, so its results are not compared.</summary>
/// <param name="Cell">The cell id (<c>dataset/corruption/model/estimator/seed</c>).</param>
/// <param name="Reason">What differs, e.g. <c>estimator parameter k: 5 → 7</c>.</param>
public sealed record CellChange(string Cell, string Reason);
