namespace SampleImportance.Sdk.Semivalues;

/// <summary>
/// A semivalue: v(i) = Σ_{S ⊆ N∖{i}} w(n, |S|)·[U(S ∪ {i}) − U(S)], with weights normalised so that
/// Σ_k C(n−1, k)·w(n, k) = 1 (pyDVL's convention, <c>valuation/methods/semivalue.py</c>: the usual 1/n factor is folded
/// into w). A new semivalue is a new weight, not a new Monte Carlo loop: see <see cref="Sampling.SemivalueCoefficients"/>.
/// </summary>
public interface ISemivalue
{
    /// <summary>Short name for notes, e.g. <c>shapley</c>.</summary>
    string Name { get; }

    /// <summary>ln w(n, k): the log weight of one marginal contribution to a set S of size k among n players.</summary>
    /// <param name="playerCount">Players n ≥ 1.</param>
    /// <param name="subsetSize">k = |S| in [0, n−1] (S excludes the valued player).</param>
    double LogWeight(int playerCount, int subsetSize);
}
