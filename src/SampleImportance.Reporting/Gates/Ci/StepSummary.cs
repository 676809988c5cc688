namespace SampleImportance.Reporting.Gates.Ci;

/// <summary>Appends the regression Markdown to the GitHub Actions job summary (the file named by <c>GITHUB_STEP_SUMMARY</c>).</summary>
public static class StepSummary
{
    /// <summary>Appends when the variable names a file; returns the path written, or null when not on GitHub Actions.</summary>
    /// <exception cref="IOException">The summary file could not be written.</exception>
    public static string? Append(RegressionReport report, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(environment);
        var path = environment("GITHUB_STEP_SUMMARY");
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        // Append, never replace: other steps write to the same summary.
        File.AppendAllText(path, RegressionMarkdown.Render(report) + "\n");
        return path;
    }
}
