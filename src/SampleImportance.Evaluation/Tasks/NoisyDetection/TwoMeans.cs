namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// The exact 1-D 2-means split (OpenDataVal's data-driven detection threshold: KMeans with two clusters on the values,
/// flagging the lower-mean cluster). In one dimension the optimal clusters are a split of the sorted values, so scanning
/// every split gives the global optimum with no random start. Splits fall only between distinct values, so equal values
/// share a cluster and the result never depends on row order; between splits of equal cost the lowest wins.
/// </summary>
internal static class TwoMeans
{
    /// <summary>How many values lie in the lower-mean cluster of the split with the least within-cluster sum of squares;
    /// 0 when every value is equal (one cluster: nothing stands apart).</summary>
    public static int LowerClusterSize(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        if (n < 2)
        {
            return 0;
        }

        // Centred first, so the prefix sums lose no precision to a large common offset.
        var mean = sorted.Average();
        var sum = new double[n + 1];
        var squares = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            var x = sorted[i] - mean;
            sum[i + 1] = sum[i] + x;
            squares[i + 1] = squares[i] + (x * x);
        }

        var best = 0;
        var bestCost = double.PositiveInfinity;
        for (var k = 1; k < n; k++)
        {
            if (sorted[k - 1] == sorted[k])
            {
                continue;
            }

            var right = sum[n] - sum[k];
            var cost = (squares[k] - (sum[k] * sum[k] / k)) + (squares[n] - squares[k] - (right * right / (n - k)));
            if (cost < bestCost)
            {
                bestCost = cost;
                best = k;
            }
        }

        return best;
    }
}
