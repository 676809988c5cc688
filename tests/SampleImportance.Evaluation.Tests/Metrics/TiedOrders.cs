namespace SampleImportance.Evaluation.Tests.Metrics;

/// <summary>
/// Brute force over tie-breaking: the mean of a measure over every order of the rows that sorts each group by
/// descending score. Each group's tie orders are equally likely (every combination has the same number of
/// interleavings), so this is the expectation under uniformly random tie-breaking that the metrics claim.
/// </summary>
internal static class TiedOrders
{
    /// <summary>Mean of <paramref name="measure"/> (given each group's rows in ranked order) over every consistent order.</summary>
    public static double Mean(double[] scores, int[] groups, Func<IReadOnlyList<int[]>, double> measure)
    {
        var total = 0.0;
        var count = 0;
        foreach (var order in Permutations(Enumerable.Range(0, scores.Length).ToArray()))
        {
            var ranked = order.GroupBy(row => groups[row]).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
            if (ranked.All(rows => rows.Zip(rows.Skip(1)).All(pair => scores[pair.First] >= scores[pair.Second])))
            {
                total += measure(ranked);
                count++;
            }
        }

        return total / count;
    }

    /// <summary>Every permutation of <paramref name="items"/>.</summary>
    public static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
