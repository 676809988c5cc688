namespace SampleImportance.Reporting.Gates;

/// <summary>How one gate check ended. Written as <c>pass</c>, <c>fail</c>, <c>inconclusive</c>, <c>suppressed</c>.</summary>
public enum GateStatus
{
    Pass,
    Fail,

    /// <summary>Could not be judged (nothing selected, baseline row missing, incomplete run). Never counts as a pass.</summary>
    Inconclusive,

    /// <summary>A failure (or inconclusive) an unexpired accepted-regressions entry covers: reported, not failing (<see cref="GateCodes.Suppressed"/>).</summary>
    Suppressed,
}
