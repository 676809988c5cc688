using System.Globalization;

namespace SampleImportance.Reporting.Gates.Ci;

/// <summary>
/// Workflow-command lines that make a CI system annotate the suite file: GitHub Actions when
/// <c>GITHUB_ACTIONS=true</c> (<c>::error file=…,line=…,title=SIG0xx::…</c>), Azure Pipelines when <c>TF_BUILD</c> is
/// set (<c>##vso[task.logissue type=error;sourcepath=…;linenumber=…;code=SIG0xx]…</c>), none elsewhere. Outcomes that
/// fail under the policy are errors; suppressed ones, inconclusive ones the policy lets through and report warnings
/// (expired suppressions) are warnings; passes say nothing.
/// </summary>
public static class CiAnnotations
{
    /// <summary>The lines to print to standard output, given the environment.</summary>
    public static IReadOnlyList<string> Lines(RegressionReport report, GateFailurePolicy policy, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(environment);
        Func<string, string, string, int, string>? format =
            string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase) ? GitHub
            : !string.IsNullOrEmpty(environment("TF_BUILD")) ? AzurePipelines
            : null;
        if (format is null)
        {
            return [];
        }

        var lines = new List<string>();
        foreach (var outcome in report.Gates.Where(o => o.Status != GateStatus.Pass))
        {
            var kind = policy.Fails(outcome) ? "error" : "warning";
            lines.Add(format(kind, outcome.Code ?? GateCodes.Inconclusive, outcome.File, outcome.Line) + Message(format, outcome.Message));
        }

        foreach (var warning in report.Warnings ?? [])
        {
            lines.Add(format("warning", warning.Code, warning.File, warning.Line) + Message(format, warning.Message));
        }

        return lines;
    }

    private static string Message(Func<string, string, string, int, string> format, string message) =>
        format == GitHub ? EscapeGitHubData(message) : EscapeAzure(message);

    private static string GitHub(string kind, string code, string file, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"::{kind} file={EscapeGitHubProperty(file)},line={line},title={EscapeGitHubProperty(code)}::");

    private static string AzurePipelines(string kind, string code, string file, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"##vso[task.logissue type={kind};sourcepath={EscapeAzure(file)};linenumber={line};code={EscapeAzure(code)}]");

    // GitHub's workflow-command escaping: data escapes %, CR, LF; properties also ':' and ','.
    private static string EscapeGitHubData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeGitHubProperty(string text) =>
        EscapeGitHubData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    // Azure Pipelines' logging-command escaping.
    private static string EscapeAzure(string text) =>
        text.Replace("%", "%AZP25", StringComparison.Ordinal).Replace(";", "%3B", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal).Replace("]", "%5D", StringComparison.Ordinal);
}
