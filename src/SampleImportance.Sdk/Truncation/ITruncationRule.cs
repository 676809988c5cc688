namespace SampleImportance.Sdk.Truncation;

/// <summary>
/// Truncation of a permutation walk (Ghorbani &amp; Zou 2019; pyDVL <c>samplers/truncation.py</c>): once the prefix's
/// utility is close enough to U(N), the remaining players' contributions are taken as 0 without evaluating them. This
/// saves evaluations at the price of a bias. Only permutation strategies truncate; other samplers ignore the rule.
/// A rule may keep state within one permutation; the runner calls it from one thread.
/// </summary>
public interface ITruncationRule
{
    /// <summary>Short description for notes.</summary>
    string Name { get; }

    /// <summary>False when the rule never truncates, so callers can skip notes about it.</summary>
    bool IsEnabled { get; }

    /// <summary>Starts a new permutation.</summary>
    /// <param name="totalUtility">U(N).</param>
    void Reset(double totalUtility);

    /// <summary>Called after each evaluated prefix S (not the full set): true to skip the rest of the permutation.</summary>
    /// <param name="prefixUtility">U(S).</param>
    bool ShouldTruncate(double prefixUtility);
}
