namespace SampleImportance.Validation;

public enum ValidationSeverity
{
    Error,
    Warning,
}
