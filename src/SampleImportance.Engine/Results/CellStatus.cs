namespace SampleImportance.Engine.Results;

public enum CellStatus
{
    Succeeded,
    Failed,
    TimedOut,
    Skipped,
    Cancelled,
}
