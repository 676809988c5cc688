namespace SampleImportance.Sdk.Stopping;

/// <summary>Spearman rank correlation with average ranks for ties.</summary>
internal static class Spearman
{
    /// <summary>The correlation of the ranks of <paramref name="x"/> and <paramref name="y"/>; NaN when either is constant.</summary>
    public static double Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("Expected vectors of one length.", nameof(y));
        }

        var rx = Ranks(x);
        var ry = Ranks(y);
        var mean = (x.Length + 1) / 2.0;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < rx.Length; i++)
        {
            var dx = rx[i] - mean;
            var dy = ry[i] - mean;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Ranks(ReadOnlySpan<double> values)
    {
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = values.ToArray();
        Array.Sort(keys, order);
        var ranks = new double[values.Length];
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            // 1-based average rank of the tied run [start, end).
            var rank = (start + end + 1) / 2.0;
            for (var i = start; i < end; i++)
            {
                ranks[order[i]] = rank;
            }

            start = end;
        }

        return ranks;
    }
}
