using SampleImportance.Build.Tasks.Diagnostics;

namespace SampleImportance.Build.Tasks.Evaluation;

/// <summary>The verdict on a readable report: errors to log, notes on passing gates, and counts for the summary.</summary>
internal sealed record GateEvaluation(
    IReadOnlyList<GateDiagnostic> Errors,
    IReadOnlyList<GateDiagnostic> Warnings,
    IReadOnlyList<string> PassedNotes,
    int Passed,
    int Failed,
    int Inconclusive,
    int Malformed,
    int Suppressed = 0,
    int Tolerated = 0)
{
    public int Total => Passed + Failed + Inconclusive + Malformed + Suppressed + Tolerated;

    /// <summary>Gates that fail the build: failed, inconclusive (unless tolerated), or rejected as malformed.</summary>
    public int NotPassed => Failed + Inconclusive + Malformed;
}
