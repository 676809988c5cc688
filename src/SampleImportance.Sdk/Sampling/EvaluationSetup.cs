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
    /// Whether strategies fit subsets from a nearby subset's fit (<see cref="IUtility.EvaluateWarmStarted"/>): permutation
    /// walks from the previous prefix, player sweeps U(S ∪ {i}) from S, sample reuse from all players. Set it only when
    /// the model declares <see cref="ModelCapabilities.WarmStart"/>. Default false: every subset is fitted cold.
    /// </summary>
    public bool WarmStart { get; init; }
}
