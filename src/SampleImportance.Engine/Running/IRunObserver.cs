using SampleImportance.Engine.Results;
using SampleImportance.Suites;

namespace SampleImportance.Engine.Running;

/// <summary>Receives progress from <see cref="SuiteRunner"/> (the CLI draws it with Spectre.Console).</summary>
public interface IRunObserver
{
    void CellStarted(CellKey key, int index, int total);

    /// <summary>The cell's current activity: <c>estimating</c>, <c>evaluating</c>, <c>timing</c>.</summary>
    void CellPhase(CellKey key, string phase);

    void CellFinished(CellResult result, int index, int total);
}
