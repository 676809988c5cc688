using SampleImportance.Engine.Results;
using SampleImportance.Suites;

namespace SampleImportance.Engine.Running;

/// <summary>An observer that ignores everything.</summary>
public sealed class NullRunObserver : IRunObserver
{
    public static NullRunObserver Instance { get; } = new();

    public void CellStarted(CellKey key, int index, int total)
    {
    }

    public void CellPhase(CellKey key, string phase)
    {
    }

    public void CellFinished(CellResult result, int index, int total)
    {
    }
}
