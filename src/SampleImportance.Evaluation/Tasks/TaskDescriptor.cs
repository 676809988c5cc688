using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>Describes an evaluation task.</summary>
/// <param name="Name">Name as written under <c>tasks:</c> in suites.</param>
/// <param name="Description">One sentence: what it measures and how.</param>
/// <param name="Parameters">The options it accepts, each with its default.</param>
/// <param name="Metrics">The metrics it records under default parameters, each with its direction.</param>
/// <param name="Needs">What a cell must provide for the task to measure anything.</param>
public sealed record TaskDescriptor(
    string Name,
    string Description,
    IReadOnlyList<TaskParameter> Parameters,
    IReadOnlyList<ResultMetric> Metrics,
    TaskNeeds Needs)
{
    /// <summary>Every parameter at its default: the effective parameters of a task listed without options.</summary>
    public PluginParameters Defaults => new(Parameters.Select(p => KeyValuePair.Create(p.Name, p.Descriptor.Default)));
}
