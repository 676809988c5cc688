namespace SampleImportance.Conformance;

/// <summary>One failed check.</summary>
/// <param name="Check">The check's name, e.g. <c>determinism</c> or <c>exact-games</c>.</param>
/// <param name="Message">What was expected and what came back.</param>
public sealed record ConformanceFailure(string Check, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Check}: {Message}";
}
