using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.Sampling;

public class MaximumSampleReuseSamplerTests
{
    [Fact]
    public void Subsets_are_ascending_and_include_each_player_with_probability_one_half()
    {
        const int n = 7, draws = 8000;
        var sampler = new MaximumSampleReuseSampler(new Random(2));
        var included = new int[n];
        var buffer = new int[n];
        for (var draw = 0; draw < draws; draw++)
        {
            var subset = buffer[..sampler.Next(n, buffer)];
            Assert.Equal(subset.Order(), subset);
            Assert.Equal(subset.Length, subset.Distinct().Count());
            foreach (var p in subset)
            {
                included[p]++;
            }
        }

        Assert.All(included, c => Assert.InRange(c, 3776, 4224));
    }

    [Fact]
    public void Same_seed_same_draws_and_another_seed_other_draws()
    {
        static int[][] Draws(int seed)
        {
            var sampler = new MaximumSampleReuseSampler(new Random(seed));
            var buffer = new int[9];
            return Enumerable.Range(0, 20).Select(_ => buffer[..sampler.Next(9, buffer)]).ToArray();
        }

        Assert.Equal(Draws(1), Draws(1));
        Assert.NotEqual(Draws(1), Draws(2));
    }
}
