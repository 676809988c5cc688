using System.Globalization;

namespace SampleImportance.Reporting;

/// <summary>Formatting shared by the Markdown reports: invariant numbers, human durations, safe table cells.</summary>
internal static class MarkdownText
{
    /// <summary>Placeholder for a missing value in a table.</summary>
    public const string Missing = "—";

    /// <summary>Fixed decimals, invariant culture.</summary>
    public static string Fixed(double value, int decimals = 3) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Up to six significant digits: enough to tell a value from its limit, short enough to read.</summary>
    public static string Number(double value) =>
        value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Grouped integer, e.g. <c>12,345</c>.</summary>
    public static string Count(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Seconds in the unit a person reads best: ns, µs, ms, s or min, with three significant figures.</summary>
    public static string Duration(double seconds)
    {
        if (!double.IsFinite(seconds))
        {
            return Missing;
        }

        var magnitude = Math.Abs(seconds);
        var (value, unit) = magnitude switch
        {
            0 => (0.0, "s"),
            < 1e-6 => (seconds * 1e9, "ns"),
            < 1e-3 => (seconds * 1e6, "µs"),
            < 1 => (seconds * 1e3, "ms"),
            < 60 => (seconds, "s"),
            _ => (seconds / 60, "min"),
        };
        var decimals = Math.Abs(value) switch
        {
            < 10 => 2,
            < 100 => 1,
            _ => 0,
        };
        return Fixed(value, decimals) + " " + unit;
    }

    /// <summary>Text safe inside a table cell: one line, pipes escaped.</summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Replace("|", "\\|", StringComparison.Ordinal);
    }

    /// <summary>Inline code span that survives backticks in the text.</summary>
    public static string Code(string text) =>
        text.Contains('`', StringComparison.Ordinal) ? "`` " + text + " ``" : "`" + text + "`";
}
