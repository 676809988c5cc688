namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// A sampler of permutations of the players. The runner walks each permutation's prefixes, so one permutation gives
/// every player one marginal contribution for n − 1 utility evaluations (<see cref="PermutationStrategy"/>).
/// </summary>
public interface IPermutationSampler : ISampler
{
    /// <summary>Overwrites <paramref name="permutation"/> with the next permutation of 0..length−1.</summary>
    /// <param name="permutation">The buffer; its length is the number of players.</param>
    void Next(Span<int> permutation);
}
