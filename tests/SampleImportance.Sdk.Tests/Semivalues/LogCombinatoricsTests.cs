using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.Semivalues;

public class LogCombinatoricsTests
{
    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(2.0, 0.0)]
    [InlineData(10.0, 12.801827480081467)] // ln 9! = ln 362880
    [InlineData(0.5, 0.57236494292470008)] // ln √π
    [InlineData(0.1, 2.2527126517342055)]
    [InlineData(171.5, 709.1431630309282)]
    public void LogGamma_matches_reference_values(double x, double expected) =>
        Assert.Equal(expected, LogCombinatorics.LogGamma(x), 1e-11 * Math.Max(1, Math.Abs(expected)));

    [Fact]
    public void LogBinomial_matches_exact_binomials()
    {
        Assert.Equal(Math.Log(252), LogCombinatorics.LogBinomial(10, 5), 1e-12);
        Assert.Equal(Math.Log(126410606437752.0), LogCombinatorics.LogBinomial(50, 25), 1e-10);
        Assert.Equal(0, LogCombinatorics.LogBinomial(7, 0));
        Assert.Equal(0, LogCombinatorics.LogBinomial(7, 7));
    }

    [Fact]
    public void LogBeta_of_one_one_is_zero_and_of_two_three_is_ln_one_twelfth()
    {
        Assert.Equal(0, LogCombinatorics.LogBeta(1, 1), 1e-14);
        Assert.Equal(Math.Log(1.0 / 12), LogCombinatorics.LogBeta(2, 3), 1e-13);
    }
}
