namespace SampleImportance.Validation;

/// <summary>Bad user input found while loading (a file, a CSV cell). The CLI maps it to exit code 2.</summary>
public sealed class InputException : Exception
{
    public InputException(IReadOnlyList<ValidationError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    public InputException(ValidationError error)
        : this([error])
    {
    }

    public InputException()
        : this([])
    {
    }

    public InputException(string message)
        : this(new ValidationError(message, new SourceLocation("<input>")))
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ValidationError(message, new SourceLocation("<input>"))];
    }

    public IReadOnlyList<ValidationError> Errors { get; }
}
