using SampleImportance.Abstractions;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Truncation;

namespace SampleImportance.Sdk.Sampling;

/// <summary>What an <see cref="IEvaluationStrategy"/> needs besides its sampler.</summary>
/// <param name="Utility">U(S) over subsets of players.</param>
/// <param name="Semivalue">The weights being estimated.</param>
/// <param name="Truncation">The truncation rule (permutation strategies only).</param>
public sealed record EvaluationSetup(IUtility Utility, ISemivalue Semivalue, ITruncationRule Truncation)
{
    /// <summary>
    /// Whether permutation walks fit each prefix from the previous prefix's fit
    /// (<see cref="IUtility.EvaluateWarmStarted"/>); set it only when the model declares
    /// <see cref="ModelCapabilities.WarmStart"/>. Default false: every prefix is fitted cold.
    /// </summary>
    public bool WarmStart { get; init; }
}
