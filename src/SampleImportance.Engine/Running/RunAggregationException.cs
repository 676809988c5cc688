using SampleImportance.Engine.Results;

namespace SampleImportance.Engine.Running;

/// <summary>
/// Every cell of a run finished, but summarising them failed. Carries the finished cells so a caller can still report
/// them; with an <see cref="ICellSink"/> they are already on disk.
/// </summary>
public sealed class RunAggregationException : Exception
{
    public RunAggregationException()
        : this([], null)
    {
    }

    public RunAggregationException(string message)
        : base(message)
    {
        Cells = [];
    }

    public RunAggregationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Cells = [];
    }

    public RunAggregationException(IReadOnlyList<CellResult> cells, Exception? innerException)
        : base($"Aggregating the results failed: {innerException?.GetType().Name}: {innerException?.Message}", innerException)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Cells = cells;
    }

    /// <summary>The finished cells, in plan order.</summary>
    public IReadOnlyList<CellResult> Cells { get; }
}
