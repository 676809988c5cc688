namespace SampleImportance.Plugins.Estimators.MonteCarlo;

/// <summary>
/// The semivalue axis: how a marginal contribution observed at a permutation position counts. Under uniform
/// permutations the predecessor-set size k is uniform on 0..n−1, so a semivalue with coefficients w(k)
/// (Σₖ C(n−1,k)·w(k) = 1) is estimated by weighting the contribution by n·C(n−1,k)·w(k); for Shapley that is 1.
/// Beta-Shapley or Banzhaf become another implementation of this interface, not another sampling loop.
/// </summary>
internal interface IMarginalWeight
{
    /// <summary>The factor for a contribution whose row had <paramref name="predecessors"/> rows before it among <paramref name="count"/>.</summary>
    double Weight(int predecessors, int count);
}
