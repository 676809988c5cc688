namespace SampleImportance.Engine.Estimation;

/// <summary>A cell ran out of its time or evaluation budget without a result.</summary>
public sealed class CellBudgetExceededException : Exception
{
    public CellBudgetExceededException()
    {
    }

    public CellBudgetExceededException(string message)
        : base(message)
    {
    }

    public CellBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
