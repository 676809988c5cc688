using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.Semivalues;

public class SemivalueCoefficientsTests
{
    private static readonly Random Unused = new(0);

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(3000)]
    public void A_sampler_drawing_its_own_semivalue_has_coefficient_exactly_one(int n)
    {
        for (var k = 0; k < n; k += Math.Max(1, n / 7))
        {
            Assert.Equal(1.0, SemivalueCoefficients.Coefficient(ShapleySemivalue.Instance, new PermutationSampler(Unused), n, k));
            Assert.Equal(1.0, SemivalueCoefficients.Coefficient(ShapleySemivalue.Instance, new AntitheticPermutationSampler(Unused), n, k));
            Assert.Equal(1.0, SemivalueCoefficients.Coefficient(ShapleySemivalue.Instance, new StratifiedSampler(Unused), n, k));
            Assert.Equal(1.0, SemivalueCoefficients.Coefficient(BanzhafSemivalue.Instance, new UniformSubsetSampler(Unused), n, k));
            Assert.Equal(1.0, SemivalueCoefficients.Coefficient(BanzhafSemivalue.Instance, new MaximumSampleReuseSampler(Unused), n, k));
        }
    }

    [Fact]
    public void Banzhaf_under_permutations_is_reweighted_by_n_choose_over_two_to_the_n_minus_one()
    {
        // c = w / P = 2^−(n−1) · n·C(n−1, k).
        var table = SemivalueCoefficients.Table(BanzhafSemivalue.Instance, new PermutationSampler(Unused), 6);

        Assert.Equal([6 / 32.0, 30 / 32.0, 60 / 32.0, 60 / 32.0, 30 / 32.0, 6 / 32.0], table, new AbsoluteTolerance(1e-12));
    }

    [Fact]
    public void Shapley_under_uniform_subsets_is_reweighted_by_two_to_the_n_minus_one_over_n_choose()
    {
        var table = SemivalueCoefficients.Table(ShapleySemivalue.Instance, new UniformSubsetSampler(Unused), 4);

        Assert.Equal([8 / 4.0, 8 / 12.0, 8 / 12.0, 8 / 4.0], table, new AbsoluteTolerance(1e-12));
    }

    [Fact]
    public void Coefficients_stay_finite_for_thousands_of_players_when_the_sampler_suits_the_semivalue()
    {
        var beta = new BetaShapleySemivalue(16, 1);

        var table = SemivalueCoefficients.Table(beta, new StratifiedSampler(Unused), 3000);

        // c = n·(Beta-Binomial probability of k): at most n, and falling with k.
        Assert.All(table, c => Assert.InRange(c, 0, 3000));
        Assert.True(table[0] > table[100] && table[100] > table[2999]);
    }

    [Fact]
    public void A_sampler_that_cannot_reach_the_weighted_sizes_is_refused_instead_of_returning_infinities()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            SemivalueCoefficients.Table(new BetaShapleySemivalue(16, 1), new MaximumSampleReuseSampler(Unused), 3000));

        Assert.Contains("msr sampler cannot estimate beta-shapley(16,1) values for 3000 players", error.Message, StringComparison.Ordinal);
    }
}
