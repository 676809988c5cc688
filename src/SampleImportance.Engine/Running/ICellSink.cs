using SampleImportance.Abstractions;
using SampleImportance.Engine.Results;
using SampleImportance.Suites;

namespace SampleImportance.Engine.Running;

/// <summary>
/// Where <see cref="SuiteRunner"/> hands each cell's output the moment it exists, so nothing a cell finished is lost if
/// a later cell, the aggregation or the reports fail. The CLI writes <c>values/&lt;cell&gt;.csv</c> and
/// <c>cells/&lt;cell&gt;.json</c>. Both calls may throw: the runner records the failure as a note on the cell and goes on.
/// </summary>
public interface ICellSink
{
    /// <summary>
    /// Takes one cell's importance values, one per unit, as soon as the estimate is made and checked (before tasks and
    /// timing), so the values of a cell whose evaluation later fails are still kept.
    /// </summary>
    /// <param name="key">The cell.</param>
    /// <param name="units">What was valued: rows, or groups of an id column.</param>
    /// <param name="values">One value per unit, in unit order.</param>
    void WriteValues(CellKey key, UnitPartition units, IReadOnlyList<double> values);

    /// <summary>Takes a finished cell (any status) before the next cell starts.</summary>
    void WriteResult(CellResult result);
}
