using SampleImportance.Evaluation.Tasks;

namespace SampleImportance.Evaluation.Tests.Tasks.NoisyDetection;

public sealed class TwoMeansTests
{
    [Theory]
    [InlineData(1, 8, 3)]
    [InlineData(2, 12, 100)]
    [InlineData(3, 30, 5)]
    [InlineData(4, 2, 2)]
    [InlineData(5, 50, 1000)]
    public void The_split_is_the_brute_force_best_and_ignores_row_order(int seed, int n, int range)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, n).Select(_ => (double)random.Next(range)).ToArray();
        var shuffled = values.OrderBy(_ => random.Next()).ToArray();

        var size = TwoMeans.LowerClusterSize(values);

        Assert.Equal(BruteForce(values), size);
        Assert.Equal(size, TwoMeans.LowerClusterSize(shuffled));
    }

    [Fact]
    public void Two_clear_groups_are_found()
    {
        Assert.Equal(3, TwoMeans.LowerClusterSize([10, -5, 11, -6, 12, 9.5, -5.5]));
    }

    [Fact]
    public void Equal_values_form_one_cluster_and_nothing_is_flagged()
    {
        Assert.Equal(0, TwoMeans.LowerClusterSize([2, 2, 2, 2]));
        Assert.Equal(0, TwoMeans.LowerClusterSize([1]));
        Assert.Equal(0, TwoMeans.LowerClusterSize([]));
    }

    [Fact]
    public void Tied_values_are_never_split()
    {
        // The best cut of 0 0 0 1 1 separates the zeros from the ones; no cut falls inside a run of ties.
        Assert.Equal(3, TwoMeans.LowerClusterSize([1, 0, 1, 0, 0]));
    }

    // Every threshold between distinct values, sum of squares computed directly; the lowest threshold wins ties.
    private static int BruteForce(double[] values)
    {
        var distinct = values.Distinct().Order().ToArray();
        var best = 0;
        var bestCost = double.PositiveInfinity;
        for (var t = 1; t < distinct.Length; t++)
        {
            var low = values.Where(v => v < distinct[t]).ToArray();
            var high = values.Where(v => v >= distinct[t]).ToArray();
            var cost = low.Sum(v => (v - low.Average()) * (v - low.Average())) + high.Sum(v => (v - high.Average()) * (v - high.Average()));
            if (cost < bestCost - 1e-9)
            {
                bestCost = cost;
                best = low.Length;
            }
        }

        return best;
    }
}
