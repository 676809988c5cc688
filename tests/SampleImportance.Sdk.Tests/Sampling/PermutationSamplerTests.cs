using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.Sampling;

public class PermutationSamplerTests
{
    [Fact]
    public void Draws_are_permutations()
    {
        var sampler = new PermutationSampler(new Random(1));
        var permutation = new int[9];
        for (var draw = 0; draw < 100; draw++)
        {
            sampler.Next(permutation);
            Assert.Equal(Enumerable.Range(0, 9), permutation.Order());
        }
    }

    [Fact]
    public void Same_seed_same_draws_and_another_seed_other_draws()
    {
        Assert.Equal(Draws(new PermutationSampler(new Random(5)), 8, 20), Draws(new PermutationSampler(new Random(5)), 8, 20));
        Assert.NotEqual(Draws(new PermutationSampler(new Random(5)), 8, 20), Draws(new PermutationSampler(new Random(6)), 8, 20));
    }

    [Fact]
    public void Every_player_is_equally_likely_at_every_position()
    {
        const int n = 6, draws = 12_000;
        var counts = new int[n, n];
        var sampler = new PermutationSampler(new Random(11));
        var permutation = new int[n];
        for (var draw = 0; draw < draws; draw++)
        {
            sampler.Next(permutation);
            for (var position = 0; position < n; position++)
            {
                counts[permutation[position], position]++;
            }
        }

        // Expected 2000 each; ±5 binomial standard deviations (≈ 204).
        foreach (var count in counts)
        {
            Assert.InRange(count, 1796, 2204);
        }
    }

    internal static int[][] Draws(IPermutationSampler sampler, int n, int count)
    {
        var draws = new int[count][];
        for (var i = 0; i < count; i++)
        {
            draws[i] = new int[n];
            sampler.Next(draws[i]);
        }

        return draws;
    }
}
