namespace SampleImportance.Evaluation.Metrics;

/// <summary>
/// Rows of each group ranked by descending score, with tied scores kept together as blocks so metrics can average over
/// every order of a tie (McSherry &amp; Najork 2008, "Computing information retrieval performance measures efficiently
/// in the presence of tied scores"): no metric value depends on row order.
/// </summary>
internal static class GroupRanking
{
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
}
