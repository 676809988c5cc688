using SampleImportance.Build.Tasks.Diagnostics;

namespace SampleImportance.Build.Tasks.Evaluation;

/// <summary>The verdict on a readable report: errors to log, notes on passing gates, and counts for the summary.</summary>
internal sealed record GateEvaluation(
    IReadOnlyList<GateDiagnostic> Errors,
    IReadOnlyList<string> PassedNotes,
    int Passed,
    int Failed,
    int Inconclusive,
    int Malformed)
{
    public int Total => Passed + Failed + Inconclusive + Malformed;

    /// <summary>Gates that did not pass: failed, inconclusive, or rejected as malformed.</summary>
    public int NotPassed => Failed + Inconclusive + Malformed;
}
