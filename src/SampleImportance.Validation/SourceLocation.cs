namespace SampleImportance.Validation;

/// <summary>Where something came from: a file and 1-based line and column (0 when unknown).</summary>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0)
{
    public override string ToString() =>
        Line > 0 ? FormattableString.Invariant($"{File}({Line},{Column})") : File;
}
