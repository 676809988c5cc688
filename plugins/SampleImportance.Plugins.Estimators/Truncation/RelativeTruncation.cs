namespace SampleImportance.Plugins.Estimators.Truncation;

/// <summary>
/// Truncation of Ghorbani &amp; Zou (2019): once |U(N) − U(S)| ≤ tolerance·|U(N)| for the prefix S of a permutation,
/// the remaining rows' contributions are taken as 0 without evaluating them. A tolerance of 0 disables it:
/// stopping at exact equality would still bias utilities that go back and forth (knn-likelihood does).
/// </summary>
internal sealed class RelativeTruncation
{
    private readonly double _tolerance;

    public RelativeTruncation(double tolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        _tolerance = tolerance;
    }

    public bool Enabled => _tolerance > 0;

    public bool ShouldTruncate(double prefixUtility, double totalUtility) =>
        Enabled && Math.Abs(totalUtility - prefixUtility) <= _tolerance * Math.Abs(totalUtility);
}
