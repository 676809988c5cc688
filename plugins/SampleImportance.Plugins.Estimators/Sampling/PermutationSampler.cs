namespace SampleImportance.Plugins.Estimators.Sampling;

/// <summary>Draws uniform random permutations of 0..n−1 by Fisher–Yates from a seeded source.</summary>
internal sealed class PermutationSampler
{
    private readonly System.Random _random;

    public PermutationSampler(System.Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
    }

    /// <summary>Overwrites <paramref name="permutation"/> with a fresh uniform permutation of 0..length−1.</summary>
    public void Next(Span<int> permutation)
    {
        for (var i = 0; i < permutation.Length; i++)
        {
            permutation[i] = i;
        }

        for (var i = permutation.Length - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (permutation[i], permutation[j]) = (permutation[j], permutation[i]);
        }
    }
}
