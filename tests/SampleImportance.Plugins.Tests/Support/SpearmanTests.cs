namespace SampleImportance.Plugins.Tests.Support;

public class SpearmanTests
{
    [Fact]
    public void Ranks_ties_share_their_average_rank()
    {
        Assert.Equal([1.0, 2.5, 2.5, 4.0], Spearman.Ranks([0.1, 0.5, 0.5, 0.9]));
    }

    [Fact]
    public void Correlation_of_monotone_transform_is_one_and_of_reversal_minus_one()
    {
        double[] x = [3, 1, 4, 1.5, 5, 9, 2, 6];
        Assert.Equal(1.0, Spearman.Correlation(x, x.Select(v => Math.Exp(v)).ToArray()), 12);
        Assert.Equal(-1.0, Spearman.Correlation(x, x.Select(v => -v).ToArray()), 12);
    }
}
