using System.Text.RegularExpressions;
using SampleImportance.Build.Tasks.Reports;

namespace SampleImportance.Build.Tasks.Suppressions;

/// <summary>
/// One entry of an accepted-regressions file (the format <c>sampleimportance compare --suppressions</c> reads, see
/// schemas/suppressions.schema.json): a cell pattern, the metric, optionally one check, a reason and a last day.
/// </summary>
/// <param name="Cell"><c>dataset/corruption/model/estimator</c>; <c>*</c> matches any run of characters.</param>
/// <param name="Check"><c>min</c>, <c>max</c>, <c>max-drop</c> or <c>max-increase</c>; null for every check of the metric.</param>
/// <param name="Expires">Last day (UTC) it suppresses; null for no expiry.</param>
/// <param name="File">The suppressions file (full path).</param>
/// <param name="Line">1-based line of the entry.</param>
internal sealed record AcceptedRegression(string Cell, string Metric, string? Check, string Reason, DateOnly? Expires, string File, int Line)
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>True once <paramref name="today"/> (UTC) is after <see cref="Expires"/>.</summary>
    public bool IsExpiredOn(DateOnly today) => Expires is { } last && today > last;

    /// <summary>Whether the entry names this gate's metric, check and row, as compare matches them (a missing part reads as <c>*</c>).</summary>
    public bool Matches(GateResult gate)
    {
        if (gate.Metric != Metric || Check is not null && Check != gate.CheckName)
        {
            return false;
        }

        var row = $"{gate.Dataset ?? "*"}/{gate.Corruption ?? "*"}/{gate.Model ?? "*"}/{gate.Estimator ?? "*"}";
        var pattern = "^" + string.Join(".*", Cell.Split('*').Select(Regex.Escape)) + "$";
        return Regex.IsMatch(row, pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, MatchTimeout);
    }

    /// <summary>Where the entry is written, for messages: <c>FILE:LINE</c>.</summary>
    public string Location => $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
