using SampleImportance.Plugins.Estimators.Sampling;

namespace SampleImportance.Plugins.Tests.Estimators.Sampling;

public class PermutationSamplerTests
{
    [Fact]
    public void Next_draws_every_permutation_of_three_about_equally_often()
    {
        var sampler = new PermutationSampler(new System.Random(9));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var permutation = new int[3];

        for (var draw = 0; draw < 6000; draw++)
        {
            sampler.Next(permutation);
            var key = string.Concat(permutation);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        Assert.Equal(6, counts.Count);
        Assert.All(counts.Values, c => Assert.InRange(c, 880, 1120));
    }

    [Fact]
    public void Same_seed_gives_the_same_sequence()
    {
        var a = new PermutationSampler(new System.Random(4));
        var b = new PermutationSampler(new System.Random(4));
        var pa = new int[20];
        var pb = new int[20];

        a.Next(pa);
        b.Next(pb);

        Assert.Equal(pa, pb);
        Assert.Equal(Enumerable.Range(0, 20), pa.Order());
    }
}
