namespace SampleImportance.Reporting.Gates.Suppressions;

/// <summary>One accepted regression from a suppressions file.</summary>
/// <param name="Cell">Row pattern <c>dataset/corruption/model/estimator</c>; <c>*</c> matches any run of characters.</param>
/// <param name="Metric">The metric it accepts a regression of (exact name).</param>
/// <param name="Reason">Why the regression is accepted (required: a reviewer reads it).</param>
/// <param name="Expires">Last day (UTC) it suppresses; null for no expiry.</param>
/// <param name="Check">The one check it covers (<c>max-drop</c>…), or null for every check of the metric.</param>
/// <param name="File">The suppressions file.</param>
/// <param name="Line">1-based line of the entry.</param>
public sealed record Suppression(string Cell, string Metric, string Reason, DateOnly? Expires, string? Check, string File, int Line)
{
    /// <summary>True once the UTC date of <paramref name="now"/> is after <see cref="Expires"/>.</summary>
    public bool IsExpired(DateTimeOffset now) => Expires is { } last && DateOnly.FromDateTime(now.UtcDateTime) > last;

    /// <summary>Whether the entry names this outcome's metric, check and row.</summary>
    public bool Matches(GateOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var row = $"{outcome.Dataset ?? "*"}/{outcome.Corruption ?? "*"}/{outcome.Model ?? "*"}/{outcome.Estimator ?? "*"}";
        return outcome.Metric == Metric
            && (Check is null || Check == outcome.Check.SuiteName())
            && Glob(Cell, row);
    }

    /// <summary><c>*</c> matches any run of characters (slashes included), everything else itself.</summary>
    internal static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
