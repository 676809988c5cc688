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
public sealed record EstimatorPlan(string Id, string Plugin, PluginParameters Parameters, EstimationBudget Budget, string Unit, SourceLocation Location);
