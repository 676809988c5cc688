namespace SampleImportance.Reporting.Gates;

/// <summary>Stable diagnostic codes of gate outcomes (the MSBuild task logs them as error codes).</summary>
public static class GateCodes
{
    /// <summary>A <c>min</c> or <c>max</c> threshold failed.</summary>
    public const string MinMaxFailed = "SIG001";

    /// <summary>The metric dropped more than <c>max-drop</c> from the baseline.</summary>
    public const string MaxDropExceeded = "SIG002";

    /// <summary>The metric increased more than <c>max-increase</c> over the baseline.</summary>
    public const string MaxIncreaseExceeded = "SIG003";

    /// <summary>The gate could not be judged.</summary>
    public const string Inconclusive = "SIG004";

    /// <summary>Inconclusive because the cells' recorded setup differs from the baseline's (the suite definition changed).</summary>
    public const string Incomparable = "SIG005";

    /// <summary>A regression accepted by an unexpired suppression entry (a warning, not a failure).</summary>
    public const string Suppressed = "SIG006";

    /// <summary>A suppression entry past its expiry date: it no longer suppresses (a warning).</summary>
    public const string SuppressionExpired = "SIG007";

    /// <summary>The accepted-regressions file is missing, not JSON, or has an invalid entry (an error; compare exits 2).</summary>
    public const string SuppressionFileInvalid = "SIG008";
}
