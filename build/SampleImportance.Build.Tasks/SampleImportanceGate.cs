using Microsoft.Build.Framework;
using SampleImportance.Build.Tasks.Diagnostics;
using SampleImportance.Build.Tasks.Evaluation;
using SampleImportance.Build.Tasks.Reports;
using SampleImportance.Build.Tasks.Suppressions;

namespace SampleImportance.Build.Tasks;

/// <summary>
/// Fails the build when a SampleImportance regression report (regression.json, written by
/// <c>sampleimportance compare</c>) holds a gate that did not pass. Logs one coded error per such gate at the
/// suite file and line that declared it. Fails closed: a missing, empty, unreadable, truncated, wrong-schema or
/// inconsistent report is an error with its own code, never a pass.
/// </summary>
public sealed class SampleImportanceGate : Microsoft.Build.Utilities.Task
{
    /// <summary>Path of regression.json. Required; an empty value fails with SIG010.</summary>
    [Required]
    public string Report { get; set; } = string.Empty;

    /// <summary>
    /// Where to point errors for gates whose report entry names no file. Default: none, which falls back to the
    /// report's <c>suite.file</c> and then to the report itself.
    /// </summary>
    public string? SuiteFile { get; set; }

    /// <summary>
    /// Which outcomes fail the build: <c>regression;inconclusive</c> (default) or <c>regression</c> (inconclusive gates
    /// are then logged as warnings). Anything else fails with SIG017.
    /// </summary>
    public string? FailOn { get; set; }

    /// <summary>
    /// An accepted-regressions file (the format of <c>sampleimportance compare --suppressions</c>) to judge the report
    /// by. Default: none, which trusts the report's own <c>suppressed</c> gates. Given, it decides alone, on today's UTC
    /// date: a regression an unexpired entry matches is a SIG006 warning, an expired entry is a SIG007 warning and
    /// suppresses nothing, and a gate the report calls suppressed that no unexpired entry matches fails. A file that
    /// cannot be read or has a bad entry fails with SIG008.
    /// </summary>
    public string? Suppressions { get; set; }

    /// <summary>
    /// Gates that did not pass: failed, inconclusive, or malformed entries. 0 when the report could not be read
    /// at all; the task then fails anyway.
    /// </summary>
    [Output]
    public int FailedGates { get; private set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        FailedGates = 0;
        if (!TryParseFailOn(FailOn, out var failOnInconclusive))
        {
            Log.LogError(null, "SIG017", null, null, 0, 0, 0, 0,
                "SampleImportanceFailOn is '{0}'; use regression;inconclusive (the default) or regression.", FailOn);
            return false;
        }

        var read = RegressionReportReader.Read(Report);
        foreach (var problem in read.Problems)
        {
            LogDiagnostic(problem);
        }

        if (read.Report is null)
        {
            Log.LogMessage(
                MessageImportance.High,
                "SampleImportance gate failed: the regression report '{0}' could not be used, so no gate can pass.",
                Report);
            return false;
        }

        if (read.Report.Run is not null && read.Report.Baseline is not null)
        {
            Log.LogMessage(
                MessageImportance.Normal,
                "Regression report '{0}' compares run '{1}' with baseline '{2}'.",
                read.Report.Path, read.Report.Run, read.Report.Baseline);
        }

        var accepted = ReadSuppressions();
        var evaluation = GateEvaluator.Evaluate(read.Report, SuiteFile, failOnInconclusive, accepted, DateOnly.FromDateTime(DateTime.UtcNow));
        foreach (var warning in evaluation.Warnings)
        {
            Log.LogWarning(null, warning.Code, null, warning.File, warning.Line, warning.Column, 0, 0, "{0}", warning.Message);
        }

        foreach (var note in evaluation.PassedNotes)
        {
            Log.LogMessage(MessageImportance.Low, "{0}", note);
        }

        foreach (var error in evaluation.Errors)
        {
            LogDiagnostic(error);
        }

        FailedGates = evaluation.NotPassed;
        var suite = read.Report.SuiteName is null ? string.Empty : $" for suite '{read.Report.SuiteName}'";
        if (Log.HasLoggedErrors)
        {
            Log.LogMessage(
                MessageImportance.High,
                "SampleImportance gate failed{0}: {1} of {2} gates did not pass ({3} failed, {4} inconclusive, {5} malformed); report '{6}'.",
                suite, evaluation.NotPassed, evaluation.Total, evaluation.Failed, evaluation.Inconclusive, evaluation.Malformed, read.Report.Path);
            return false;
        }

        Log.LogMessage(
            MessageImportance.High,
            "SampleImportance gate passed{0}: all {1} gates passed; report '{2}'.",
            suite, evaluation.Total, read.Report.Path);
        return true;
    }

    /// <summary><c>regression</c> must be named; <c>inconclusive</c> is optional. Empty means the default (both).</summary>
    internal static bool TryParseFailOn(string? text, out bool failOnInconclusive)
    {
        failOnInconclusive = true;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var words = text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.ToLowerInvariant()).ToList();
        failOnInconclusive = words.Contains("inconclusive");
        return words.Contains("regression") && words.All(w => w is "regression" or "inconclusive");
    }

    /// <summary>The entries of <see cref="Suppressions"/>, or null when none is given or it is invalid (then SIG008 is logged).</summary>
    private IReadOnlyList<AcceptedRegression>? ReadSuppressions()
    {
        if (string.IsNullOrWhiteSpace(Suppressions))
        {
            return null;
        }

        var entries = AcceptedRegressionsFile.Read(Path.GetFullPath(Suppressions), out var problems);
        foreach (var problem in problems)
        {
            LogDiagnostic(problem);
        }

        if (entries is not null)
        {
            Log.LogMessage(MessageImportance.Normal, "Judging the report by {0} accepted regressions in '{1}'.", entries.Count, Suppressions);
        }

        return entries;
    }

    private void LogDiagnostic(GateDiagnostic diagnostic)
    {
        // The message goes in as an argument so braces in report text are never taken for format items.
        Log.LogError(
            subcategory: null,
            errorCode: diagnostic.Code,
            helpKeyword: null,
            file: diagnostic.File,
            lineNumber: diagnostic.Line,
            columnNumber: diagnostic.Column,
            endLineNumber: 0,
            endColumnNumber: 0,
            message: "{0}",
            diagnostic.Message);
    }
}
