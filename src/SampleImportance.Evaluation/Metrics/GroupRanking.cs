using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Rows of each group ranked by descending score, with tied scores kept together as blocks so metrics can average over
/// every order of a tie (McSherry &amp; Najork 2008, "Computing information retrieval performance measures efficiently
/// in the presence of tied scores"): no metric value depends on row order.
/// </summary>
internal static class GroupRanking
{
    /// <summary>A group's contribution, from its ranked rows and its number of relevant rows (at least 1).</summary>
    public delegate double GroupValue(int[] ranked, int relevant, double[] scores, ReadOnlySpan<double> labels);

    /// <summary>
    /// The mean of <paramref name="value"/> over the groups holding a relevant row (label &gt; 0); the rule every
    /// ranking metric here shares: a group with nothing relevant says nothing about the ranker. 0 when no group counts.
    /// </summary>
    public static double MeanOverRelevantGroups(MetricInput input, GroupValue value)
    {
        var scores = PredictionReader.Scores(input);
        double sum = 0;
        var counted = 0;
        foreach (var ranked in RankedGroups(scores, input.Groups, input.Labels))
        {
            var relevant = RelevantIn(ranked, 0, ranked.Length, input.Labels);
            if (relevant > 0)
            {
                sum += value(ranked, relevant, scores, input.Labels);
                counted++;
            }
        }

        return counted > 0 ? sum / counted : 0.0;
    }

    /// <summary>Each group's rows (groups by ascending id) sorted by descending score; ties by ascending label (order within a tie never matters to callers).</summary>
    public static List<int[]> RankedGroups(ReadOnlySpan<double> scores, ReadOnlySpan<int> groups, ReadOnlySpan<double> labels)
    {
        var byGroup = new SortedDictionary<int, List<int>>();
        for (var row = 0; row < scores.Length; row++)
        {
            var group = groups.IsEmpty ? 0 : groups[row];
            if (!byGroup.TryGetValue(group, out var rows))
            {
                byGroup[group] = rows = [];
            }

            rows.Add(row);
        }

        var s = scores.ToArray();
        var l = labels.ToArray();
        var ranked = new List<int[]>(byGroup.Count);
        foreach (var rows in byGroup.Values)
        {
            var array = rows.ToArray();
            Array.Sort(array, (a, b) => s[b].CompareTo(s[a]) is var c && c != 0 ? c : l[a].CompareTo(l[b]) is var d && d != 0 ? d : a.CompareTo(b));
            ranked.Add(array);
        }

        return ranked;
    }

    /// <summary>The end (exclusive) of the tie block starting at <paramref name="start"/>.</summary>
    public static int BlockEnd(int[] ranked, int start, ReadOnlySpan<double> scores)
    {
        var end = start + 1;
        while (end < ranked.Length && scores[ranked[end]] == scores[ranked[start]])
        {
            end++;
        }

        return end;
    }

    /// <summary>Rows of <paramref name="ranked"/>[start..end) with label &gt; 0 (binary relevance: a click, a purchase, a grade above 0).</summary>
    public static int RelevantIn(int[] ranked, int start, int end, ReadOnlySpan<double> labels)
    {
        var relevant = 0;
        for (var j = start; j < end; j++)
        {
            relevant += labels[ranked[j]] > 0 ? 1 : 0;
        }

        return relevant;
    }

    /// <summary>
    /// Expected number of relevant rows among the first <paramref name="k"/> positions (k &gt; group size: all of them)
    /// over every order of tied scores: a tie block straddling the cut with m rows, r relevant, of which t positions fall
    /// inside contributes t·r/m.
    /// </summary>
    public static double ExpectedHitsInTop(int[] ranked, int k, ReadOnlySpan<double> scores, ReadOnlySpan<double> labels)
    {
        var hits = 0.0;
        for (var start = 0; start < Math.Min(k, ranked.Length);)
        {
            var end = BlockEnd(ranked, start, scores);
            hits += (Math.Min(end, k) - start) * (double)RelevantIn(ranked, start, end, labels) / (end - start);
            start = end;
        }

        return hits;
    }

    /// <summary>
    /// Expected reciprocal rank of the first relevant row over every order of tied scores (McSherry &amp; Najork 2008);
    /// null when the group has no relevant row.
    /// </summary>
    public static double? ExpectedReciprocalRank(int[] ranked, ReadOnlySpan<double> scores, ReadOnlySpan<double> labels)
    {
        for (var start = 0; start < ranked.Length;)
        {
            var end = BlockEnd(ranked, start, scores);
            var m = end - start;
            var relevant = RelevantIn(ranked, start, end, labels);
            if (relevant > 0)
            {
                // P(first relevant at offset j) = Π_{t<j} (m − r − t)/(m − t) · r/(m − j).
                var expected = 0.0;
                var none = 1.0;
                for (var j = 0; j <= m - relevant; j++)
                {
                    expected += none * relevant / (m - j) / (start + j + 1);
                    none *= (double)(m - relevant - j) / (m - j);
                }

                return expected;
            }

            start = end;
        }

        return null;
    }
}
