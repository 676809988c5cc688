namespace SampleImportance.Validation;

/// <summary>One validation problem, as data: reported all at once, never thrown one by one.</summary>
/// <param name="Message">What is wrong.</param>
/// <param name="Location">File, line and column.</param>
/// <param name="Fix">How to fix it, or null.</param>
/// <param name="Severity">Errors stop a run; warnings do not.</param>
public sealed record ValidationError(string Message, SourceLocation Location, string? Fix = null, ValidationSeverity Severity = ValidationSeverity.Error)
{
    /// <summary>MSBuild/compiler style: <c>file(line,col): error: message Fix: ...</c>.</summary>
    public override string ToString()
    {
        var kind = Severity == ValidationSeverity.Error ? "error" : "warning";
        var fix = Fix is null ? string.Empty : " Fix: " + Fix;
        return $"{Location}: {kind}: {Message}{fix}";
    }
}
