using SampleImportance.Build.Tasks.Reports;

namespace SampleImportance.Build.Tasks.Diagnostics;

/// <summary>
/// The error codes the gate logs; build/README.md documents them for users.
/// SIG016 (task assembly missing) is raised by SampleImportance.Build.targets, not here.
/// </summary>
internal static class GateCodes
{
    public const string BoundFailed = "SIG001";
    public const string MaxDropRegression = "SIG002";
    public const string MaxIncreaseRegression = "SIG003";
    public const string Inconclusive = "SIG004";
    public const string Incomparable = "SIG005";
    public const string Suppressed = "SIG006";
    public const string SuppressionExpired = "SIG007";
    public const string SuppressionFileInvalid = "SIG008";

    public const string ReportMissing = "SIG010";
    public const string ReportEmpty = "SIG011";
    public const string ReportUnreadable = "SIG012";
    public const string WrongSchema = "SIG013";
    public const string InvalidGates = "SIG014";
    public const string InconsistentVerdict = "SIG015";

    /// <summary>
    /// The code for a gate that did not pass, derived from its status and check so that a wrong or absent
    /// <c>code</c> field in the report cannot turn a failure into something milder.
    /// </summary>
    public static string ForFailure(GateStatus status, GateCheck check)
    {
        if (status == GateStatus.Inconclusive)
        {
            return Inconclusive;
        }

        if (status == GateStatus.Suppressed)
        {
            return Suppressed;
        }

        return check switch
        {
            GateCheck.Min or GateCheck.Max => BoundFailed,
            GateCheck.MaxDrop => MaxDropRegression,
            GateCheck.MaxIncrease => MaxIncreaseRegression,
            _ => throw new ArgumentOutOfRangeException(nameof(check), check, "Unknown gate check."),
        };
    }
}
