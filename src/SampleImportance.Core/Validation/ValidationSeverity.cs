namespace SampleImportance.Core.Validation;

public enum ValidationSeverity
{
    Error,
    Warning,
}
