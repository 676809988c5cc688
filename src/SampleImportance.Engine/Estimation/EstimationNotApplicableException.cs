namespace SampleImportance.Engine.Estimation;

/// <summary>The request cannot run as asked (the data lacks the unit column, the metric needs groups the data lacks, ...); the cell is skipped with this reason.</summary>
public sealed class EstimationNotApplicableException : Exception
{
    public EstimationNotApplicableException()
    {
    }

    public EstimationNotApplicableException(string message)
        : base(message)
    {
    }

    public EstimationNotApplicableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
