namespace SampleImportance.Abstractions;

/// <summary>Thrown by <see cref="IUtility.Evaluate"/> once the run's evaluation budget is spent.
/// Anytime estimators may catch it and return what they have.</summary>
public sealed class UtilityBudgetExceededException : OperationCanceledException
{
    /// <summary>Creates the exception.</summary>
    public UtilityBudgetExceededException()
        : base("The utility evaluation budget is spent.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public UtilityBudgetExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public UtilityBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
