namespace SampleImportance.Build.Tasks.Reports;

/// <summary>A gate's verdict as written in the report (<c>pass</c>, <c>fail</c>, <c>inconclusive</c>).</summary>
internal enum GateStatus
{
    Pass,
    Fail,

    /// <summary>Data was missing in the run or the baseline. Never a pass.</summary>
    Inconclusive,

    /// <summary>A regression accepted by an unexpired suppression entry: a warning (SIG006), not a failure.</summary>
    Suppressed,
}
