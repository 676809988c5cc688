namespace SampleImportance.Core.Results;

public enum CellStatus
{
    Succeeded,
    Failed,
    TimedOut,
    Skipped,
    Cancelled,
}
