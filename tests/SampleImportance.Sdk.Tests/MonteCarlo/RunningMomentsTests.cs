using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.MonteCarlo;

public class RunningMomentsTests
{
    [Fact]
    public void Mean_variance_and_standard_error_match_the_two_pass_formulas()
    {
        double[] xs = [3, 1, 4, 1, 5, 9, 2, 6];
        var moments = new RunningMoments(2);
        foreach (var x in xs)
        {
            moments.Add(1, x);
        }

        var mean = xs.Average();
        var variance = xs.Sum(x => (x - mean) * (x - mean)) / (xs.Length - 1);
        Assert.Equal(xs.Length, moments.Count(1));
        Assert.Equal(mean, moments.Mean(1), 1e-12);
        Assert.Equal(variance, moments.Variance(1), 1e-12);
        Assert.Equal(Math.Sqrt(variance / xs.Length), moments.StandardError(1), 1e-12);
        Assert.Equal(0, moments.Count(0));
        Assert.True(double.IsNaN(moments.StandardError(0)));
    }

    [Fact]
    public void Large_offsets_do_not_destroy_the_variance()
    {
        var moments = new RunningMoments(1);
        foreach (var x in new[] { 1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16 })
        {
            moments.Add(0, x);
        }

        Assert.Equal(30, moments.Variance(0), 1e-6);
    }
}
