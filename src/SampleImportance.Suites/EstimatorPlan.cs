using SampleImportance.Abstractions;
using SampleImportance.Validation;

namespace SampleImportance.Suites;

/// <summary>One validated estimator of a suite.</summary>
/// <param name="Id">The suite's id for it.</param>
/// <param name="Plugin">The estimator plugin id (<see cref="EstimatorDescriptor.Id"/>).</param>
/// <param name="Parameters">Effective parameters: given values plus defaults, canonical invariant text.</param>
/// <param name="Budget">Limits per run; <see cref="EstimationBudget.Unlimited"/> when the suite sets none.</param>
/// <param name="Unit">What it values: <c>row</c> (default) or an id column of the data such as <c>session</c>.</param>
/// <param name="Location">The estimator's entry in the suite file.</param>
public sealed record EstimatorPlan(string Id, string Plugin, PluginParameters Parameters, EstimationBudget Budget, string Unit, SourceLocation Location)
{
    /// <summary>The suite's model ids this estimator runs with, in the order written; null (the default) for every model.</summary>
    public IReadOnlyList<string>? Models { get; init; }

    /// <summary>True when this estimator runs with the suite model <paramref name="modelId"/>.</summary>
    /// <param name="modelId">A model id of the suite.</param>
    public bool PairsWith(string modelId) => Models is null || Models.Contains(modelId, StringComparer.Ordinal);
}
