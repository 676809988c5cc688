using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>A task as a suite lists it: the registered task with its effective parameters (defaults filled in).</summary>
public sealed class ConfiguredTask
{
    /// <summary>Pairs a task with parameters that passed its descriptors and <see cref="IEvaluationTask.Check"/>.</summary>
    /// <param name="task">The registered task.</param>
    /// <param name="parameters">Effective parameters.</param>
    public ConfiguredTask(IEvaluationTask task, PluginParameters parameters)
    {
        Task = task ?? throw new ArgumentNullException(nameof(task));
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        Descriptor = task.Describe();
        Metrics = task.Metrics(parameters);
    }

    /// <summary>The registered task.</summary>
    public IEvaluationTask Task { get; }

    /// <summary>Its self-description.</summary>
    public TaskDescriptor Descriptor { get; }

    /// <summary>Its name in suites.</summary>
    public string Name => Descriptor.Name;

    /// <summary>Effective parameters.</summary>
    public PluginParameters Parameters { get; }

    /// <summary>The metrics it records with these parameters, each with its direction.</summary>
    public IReadOnlyList<ResultMetric> Metrics { get; }

    /// <summary>
    /// Evaluates one cell, or measures nothing when the cell lacks what the task needs (no corruption: no noise mask; no way to re-run the estimator).
    /// </summary>
    /// <exception cref="InvalidOperationException">The task recorded a metric it does not declare (reports and gates rely on the declaration).</exception>
    public TaskOutcome Evaluate(TaskInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var needs = Descriptor.Needs;
        if ((needs.HasFlag(TaskNeeds.NoiseMask) && input.NoiseMask is null)
            || (needs.HasFlag(TaskNeeds.Reestimation) && input.Reestimate is null)
            || (needs.HasFlag(TaskNeeds.CellUtility) && input.Utility is null))
        {
            return TaskOutcome.Empty;
        }

        var outcome = Task.Evaluate(input, Parameters, cancellationToken);
        var undeclared = outcome.Metrics.Keys.FirstOrDefault(name => !Metrics.Any(m => m.Name == name));
        return undeclared is null
            ? outcome
            : throw new InvalidOperationException($"Task '{Name}' recorded metric '{undeclared}', which it does not declare; declared: {string.Join(", ", Metrics.Select(m => m.Name))}.");
    }
}
