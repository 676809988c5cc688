using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.Sampling;

public class PlayerSubsetSamplerTests
{
    [Theory]
    [InlineData("uniform")]
    [InlineData("stratified")]
    public void Subsets_exclude_the_player_and_hold_no_repeats(string kind)
    {
        var sampler = Create(kind, 2);
        var buffer = new int[10];
        for (var draw = 0; draw < 500; draw++)
        {
            var player = draw % 10;
            var size = sampler.Next(player, 10, buffer);
            var subset = buffer[..size];
            Assert.DoesNotContain(player, subset);
            Assert.Equal(size, subset.Distinct().Count());
            Assert.All(subset, p => Assert.InRange(p, 0, 9));
        }
    }

    [Theory]
    [InlineData("uniform")]
    [InlineData("stratified")]
    public void Same_seed_same_draws_and_another_seed_other_draws(string kind)
    {
        Assert.Equal(Draws(Create(kind, 8)), Draws(Create(kind, 8)));
        Assert.NotEqual(Draws(Create(kind, 8)), Draws(Create(kind, 9)));
    }

    [Fact]
    public void Uniform_includes_each_other_player_with_probability_one_half()
    {
        const int n = 8, draws = 8000;
        var sampler = new UniformSubsetSampler(new Random(21));
        var included = new int[n];
        var buffer = new int[n];
        for (var draw = 0; draw < draws; draw++)
        {
            var size = sampler.Next(3, n, buffer);
            foreach (var p in buffer[..size])
            {
                included[p]++;
            }
        }

        // Expected 4000; ±5 standard deviations (≈ 224).
        for (var p = 0; p < n; p++)
        {
            Assert.InRange(included[p], p == 3 ? 0 : 3776, p == 3 ? 0 : 4224);
        }
    }

    [Fact]
    public void Stratified_sizes_are_uniform_and_subsets_uniform_given_their_size()
    {
        const int n = 6, draws = 12_000;
        var sampler = new StratifiedSampler(new Random(17));
        var sizes = new int[n];
        var singletons = new int[n];
        var buffer = new int[n];
        for (var draw = 0; draw < draws; draw++)
        {
            var size = sampler.Next(0, n, buffer);
            sizes[size]++;
            if (size == 1)
            {
                singletons[buffer[0]]++;
            }
        }

        // Each size 2000 ± 5σ (≈ 204); each singleton {1}..{5} 400 ± 5σ (≈ 91).
        Assert.All(sizes, c => Assert.InRange(c, 1796, 2204));
        Assert.Equal(0, singletons[0]);
        Assert.All(singletons[1..], c => Assert.InRange(c, 309, 491));
    }

    private static int[][] Draws(IPlayerSubsetSampler sampler)
    {
        var buffer = new int[7];
        return Enumerable.Range(0, 30).Select(i => buffer[..sampler.Next(i % 7, 7, buffer)]).ToArray();
    }

    private static IPlayerSubsetSampler Create(string kind, int seed) => kind switch
    {
        "uniform" => new UniformSubsetSampler(new Random(seed)),
        _ => new StratifiedSampler(new Random(seed)),
    };
}
