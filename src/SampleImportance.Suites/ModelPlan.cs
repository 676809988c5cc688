using SampleImportance.Abstractions;
using SampleImportance.Validation;

namespace SampleImportance.Suites;

/// <summary>One validated model of a suite.</summary>
/// <param name="Id">The suite's id for it.</param>
/// <param name="Plugin">The model plugin id (<see cref="ModelDescriptor.Id"/>).</param>
/// <param name="Parameters">Effective parameters: given values plus defaults, canonical invariant text.</param>
/// <param name="Metric">The utility metric, a name the metric catalog knows (default: <see cref="ModelDescriptor.DefaultMetric"/>).</param>
/// <param name="Location">The model's entry in the suite file.</param>
public sealed record ModelPlan(string Id, string Plugin, PluginParameters Parameters, string Metric, SourceLocation Location);
