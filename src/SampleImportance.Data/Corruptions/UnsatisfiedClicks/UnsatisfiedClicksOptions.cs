namespace SampleImportance.Data.Corruptions;

/// <summary>Parameters of <c>unsatisfied-clicks</c>; the one place their defaults are written.</summary>
internal sealed class UnsatisfiedClicksOptions
{
    /// <summary>A click that dwells fewer seconds than this and buys nothing is unsatisfied. Default 10.</summary>
    public int ShortDwell { get; set; } = 10;
}
