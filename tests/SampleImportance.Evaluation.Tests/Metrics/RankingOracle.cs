namespace SampleImportance.Evaluation.Tests.Metrics;

/// <summary>
/// The group ranking metrics written straight from their definitions for one fixed order of each group's rows (no tie
/// handling; <see cref="TiedOrders"/> averages these over tie orders). Relevant means label &gt; 0.
/// </summary>
internal static class RankingOracle
{
    /// <summary>Ranking measure by suite name, e.g. <c>map@3</c>, <c>recall@2</c>, <c>ipw-mrr</c>.</summary>
    public static double Of(string name, IReadOnlyList<int[]> ranked, double[] labels, double[] weights)
    {
        var at = name.IndexOf('@', StringComparison.Ordinal);
        var metric = at < 0 ? name : name[..at];
        int? k = at < 0 ? null : int.Parse(name[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return metric switch
        {
            "map" => MeanOverRelevantGroups(ranked, labels, rows => AveragePrecision(rows, labels, k)),
            "recall" => MeanOverRelevantGroups(ranked, labels, rows => rows.Take(k!.Value).Count(r => labels[r] > 0) / (double)rows.Count(r => labels[r] > 0)),
            "precision" => MeanOverRelevantGroups(ranked, labels, rows => rows.Take(k!.Value).Count(r => labels[r] > 0) / (double)k!.Value),
            "ndcg" => MeanNormalised(ranked, labels, k, _ => 1.0),
            "ipw-ndcg" => MeanNormalised(ranked, labels, k, r => weights[r]),
            "ipw-dcg" => ranked.Average(rows => Dcg(rows, k, r => Gain(labels[r]) * weights[r])),
            "mrr" => MeanOverRelevantGroups(ranked, labels, rows => Reciprocal(rows, labels)),
            "ipw-mrr" => WeightedMrr(ranked, labels, weights),
            _ => throw new ArgumentException(name),
        };
    }

    private static double MeanOverRelevantGroups(IReadOnlyList<int[]> ranked, double[] labels, Func<int[], double> perGroup)
    {
        var values = ranked.Where(rows => rows.Any(r => labels[r] > 0)).Select(perGroup).ToArray();
        return values.Length == 0 ? 0 : values.Average();
    }

    private static double AveragePrecision(int[] rows, double[] labels, int? k)
    {
        var cut = Math.Min(k ?? rows.Length, rows.Length);
        double hits = 0, sum = 0;
        for (var i = 0; i < cut; i++)
        {
            if (labels[rows[i]] > 0)
            {
                hits++;
                sum += hits / (i + 1);
            }
        }

        return sum / Math.Min(rows.Count(r => labels[r] > 0), cut);
    }

    private static double Gain(double label) => label > 0 ? Math.Pow(2, label) - 1 : 0;

    private static double Dcg(IEnumerable<int> rows, int? k, Func<int, double> gain) =>
        rows.Take(k ?? int.MaxValue).Select((r, i) => gain(r) / Math.Log2(i + 2)).Sum();

    private static double MeanNormalised(IReadOnlyList<int[]> ranked, double[] labels, int? k, Func<int, double> weight)
    {
        var values = new List<double>();
        foreach (var rows in ranked)
        {
            double WeightedGain(int r) => Gain(labels[r]) * weight(r);
            var ideal = Dcg(rows.OrderByDescending(WeightedGain), k, WeightedGain);
            if (ideal > 0)
            {
                values.Add(Dcg(rows, k, WeightedGain) / ideal);
            }
        }

        return values.Count == 0 ? 0 : values.Average();
    }

    private static double Reciprocal(int[] rows, double[] labels) => 1.0 / (Array.FindIndex(rows, r => labels[r] > 0) + 1);

    private static double WeightedMrr(IReadOnlyList<int[]> ranked, double[] labels, double[] weights)
    {
        double sum = 0, total = 0;
        foreach (var rows in ranked.Where(rows => rows.Any(r => labels[r] > 0)))
        {
            var weight = rows.Where(r => labels[r] > 0).Average(r => weights[r]);
            sum += weight * Reciprocal(rows, labels);
            total += weight;
        }

        return total > 0 ? sum / total : 0;
    }
}
