using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// A way to judge an estimator's values, such as noisy-sample detection or a removal curve. A task describes itself
/// (name, parameters, metrics, needs) so that suite validation, gates, reports and listings learn everything about it
/// from the <see cref="TaskCatalog"/>; the engine calls every task of a plan through this interface, in one loop.
/// </summary>
public interface IEvaluationTask
{
    /// <summary>What the task is called in suites, what it accepts, records and needs (metrics under default parameters).</summary>
    TaskDescriptor Describe();

    /// <summary>
    /// The metrics the task records under <paramref name="parameters"/>, each with the direction in which it improves.
    /// Names never depend on the parameters, except one metric per item of a list option (exact agreement's
    /// <c>spearman@50</c> per budget); a direction may (removing the highest-valued rows first, a lower area is better).
    /// </summary>
    /// <param name="parameters">Effective parameters (defaults filled in).</param>
    IReadOnlyList<ResultMetric> Metrics(PluginParameters parameters);

    /// <summary>What is wrong with <paramref name="parameters"/> beyond what the descriptors check (e.g. distinct
    /// fractions in an open interval); empty when they are fine. Suite validation reports each at its value.</summary>
    /// <param name="parameters">Effective parameters whose values passed their descriptors' kind checks.</param>
    IReadOnlyList<TaskProblem> Check(PluginParameters parameters);

    /// <summary>Scores one cell's values. Called only when the cell can give what <see cref="TaskDescriptor.Needs"/> asks for.</summary>
    /// <param name="input">The values, the data and the means to retrain.</param>
    /// <param name="parameters">Effective parameters that passed <see cref="Check"/>.</param>
    /// <param name="cancellationToken">Stops a long evaluation (e.g. between retrainings).</param>
    TaskOutcome Evaluate(TaskInput input, PluginParameters parameters, CancellationToken cancellationToken);
}
