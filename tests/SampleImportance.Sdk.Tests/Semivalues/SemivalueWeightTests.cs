using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.Semivalues;

public class SemivalueWeightTests
{
    public static TheoryData<string, int> WeightsAndSizes()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in new[] { "shapley", "banzhaf", "beta(16,1)", "beta(1,1)", "beta(2,3)", "beta(0.5,4)" })
        {
            foreach (var n in new[] { 1, 2, 5, 30, 400 })
            {
                data.Add(name, n);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WeightsAndSizes))]
    public void Weights_times_subset_counts_sum_to_one(string name, int n)
    {
        var semivalue = Create(name);

        var total = Enumerable.Range(0, n).Sum(k => Math.Exp(LogCombinatorics.LogBinomial(n - 1, k) + semivalue.LogWeight(n, k)));

        Assert.Equal(1.0, total, 1e-9);
    }

    [Fact]
    public void Shapley_weights_are_one_over_n_choose()
    {
        Assert.Equal(1.0 / 5, SemivalueCoefficients.Weight(ShapleySemivalue.Instance, 5, 0), 1e-14);
        Assert.Equal(1.0 / (5 * 6), SemivalueCoefficients.Weight(ShapleySemivalue.Instance, 5, 2), 1e-14);
        Assert.Equal(1.0 / 5, SemivalueCoefficients.Weight(ShapleySemivalue.Instance, 5, 4), 1e-14);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(250)]
    public void Beta_one_one_is_Shapley(int n)
    {
        var beta = new BetaShapleySemivalue(1, 1);
        for (var k = 0; k < n; k++)
        {
            Assert.Equal(ShapleySemivalue.Instance.LogWeight(n, k), beta.LogWeight(n, k), 1e-9);
        }
    }

    [Fact]
    public void Beta_sixteen_one_puts_its_weight_on_small_subsets_as_in_Kwon_and_Zou()
    {
        const int n = 50;
        var beta = new BetaShapleySemivalue(16, 1);
        double Mass(int k) => Math.Exp(LogCombinatorics.LogBinomial(n - 1, k) + beta.LogWeight(n, k));

        // The total weight of each size falls as the size grows (the per-set weight is U-shaped, but the empty set
        // still outweighs the largest one).
        for (var k = 1; k < n; k++)
        {
            Assert.True(Mass(k) < Mass(k - 1), $"mass({k}) ≥ mass({k - 1})");
        }

        Assert.True(beta.LogWeight(n, 0) > beta.LogWeight(n, n - 1));

        Assert.True(Enumerable.Range(0, n / 4).Sum(Mass) > 0.9, "less than 90% of the weight on |S| < n/4");

        // Beta(1, 16) mirrors it: the weight goes to large subsets.
        var mirrored = new BetaShapleySemivalue(1, 16);
        Assert.True(mirrored.LogWeight(n, n - 1) > mirrored.LogWeight(n, 0));
        Assert.Equal(beta.LogWeight(n, 3), mirrored.LogWeight(n, n - 1 - 3), 1e-9);
    }

    [Fact]
    public void Banzhaf_weighs_every_subset_one_over_two_to_the_n_minus_one()
    {
        for (var k = 0; k < 6; k++)
        {
            Assert.Equal(1.0 / 32, SemivalueCoefficients.Weight(BanzhafSemivalue.Instance, 6, k), 1e-15);
        }
    }

    [Fact]
    public void Beta_rejects_non_positive_parameters()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BetaShapleySemivalue(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BetaShapleySemivalue(1, double.NaN));
    }

    private static ISemivalue Create(string name) => name switch
    {
        "shapley" => ShapleySemivalue.Instance,
        "banzhaf" => BanzhafSemivalue.Instance,
        "beta(16,1)" => new BetaShapleySemivalue(16, 1),
        "beta(1,1)" => new BetaShapleySemivalue(1, 1),
        "beta(2,3)" => new BetaShapleySemivalue(2, 3),
        "beta(0.5,4)" => new BetaShapleySemivalue(0.5, 4),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
