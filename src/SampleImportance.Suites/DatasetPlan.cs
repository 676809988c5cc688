using SampleImportance.Data;
using SampleImportance.Data.Corruptions;
using SampleImportance.Validation;

namespace SampleImportance.Suites;

/// <summary>One validated dataset of a suite.</summary>
/// <param name="Id">The suite's id for it.</param>
/// <param name="Request">What to load, split and corrupt; CSV paths are absolute.</param>
/// <param name="Location">The dataset's entry in the suite file.</param>
public sealed record DatasetPlan(string Id, DatasetRequest Request, SourceLocation Location)
{
    /// <summary>The corruption part of cell keys: <see cref="CorruptionRequest.Key"/>, or <c>none</c>.</summary>
    public string CorruptionKey => Request.Corruption?.Key ?? "none";
}
