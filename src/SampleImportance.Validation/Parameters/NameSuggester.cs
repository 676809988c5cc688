namespace SampleImportance.Validation.Parameters;

/// <summary>"Did you mean" for unknown keys, ids and parameter names.</summary>
public static class NameSuggester
{
    /// <summary>The closest candidate within a small edit distance, or null.</summary>
    public static string? Closest(string given, IEnumerable<string> candidates)
    {
        // Short names get a tighter limit so that "k" does not "mean" every one-letter name.
        var limit = given.Length <= 3 ? 1 : given.Length <= 6 ? 2 : 3;
        var lowered = given.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>A fix sentence: the closest name if any, then every allowed name.</summary>
    /// <param name="given">What was written.</param>
    /// <param name="candidates">What is allowed, in the order to list them.</param>
    /// <param name="label">What the list is, e.g. "Allowed keys".</param>
    public static string Fix(string given, IReadOnlyCollection<string> candidates, string label)
    {
        var closest = Closest(given, candidates);
        var list = candidates.Count == 0 ? "(none)" : string.Join(", ", candidates);
        return closest is null ? $"{label}: {list}." : $"Did you mean '{closest}'? {label}: {list}.";
    }

    // Levenshtein distance with two rows.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
