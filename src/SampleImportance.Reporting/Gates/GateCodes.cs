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
}
