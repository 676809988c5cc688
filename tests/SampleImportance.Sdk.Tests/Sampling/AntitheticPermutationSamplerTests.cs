using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.Sampling;

public class AntitheticPermutationSamplerTests
{
    [Fact]
    public void Every_second_draw_is_the_previous_one_reversed()
    {
        var draws = PermutationSamplerTests.Draws(new AntitheticPermutationSampler(new Random(3)), 7, 10);

        for (var i = 0; i < draws.Length; i += 2)
        {
            Assert.Equal(Enumerable.Range(0, 7), draws[i].Order());
            Assert.Equal(draws[i].Reverse(), draws[i + 1]);
        }

        Assert.NotEqual(draws[0], draws[2]);
    }

    [Fact]
    public void Fresh_draws_match_the_plain_sampler_with_the_same_seed()
    {
        var antithetic = PermutationSamplerTests.Draws(new AntitheticPermutationSampler(new Random(9)), 6, 6);
        var plain = PermutationSamplerTests.Draws(new PermutationSampler(new Random(9)), 6, 3);

        Assert.Equal(plain, [antithetic[0], antithetic[2], antithetic[4]]);
    }

    [Fact]
    public void Same_seed_same_draws()
    {
        Assert.Equal(
            PermutationSamplerTests.Draws(new AntitheticPermutationSampler(new Random(4)), 5, 9),
            PermutationSamplerTests.Draws(new AntitheticPermutationSampler(new Random(4)), 5, 9));
    }
}
