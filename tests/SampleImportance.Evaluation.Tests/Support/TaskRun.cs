using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Evaluation.Tests.Support;

/// <summary>Runs a registered task the way the engine does: from the catalog, parameters checked and defaults filled in.</summary>
internal static class TaskRun
{
    public static TaskOutcome Evaluate(string name, TaskInput input, params (string Name, string Value)[] parameters)
    {
        Assert.True(TaskCatalog.CreateDefault().TryGet(name, out var task), $"No task '{name}' is registered.");
        var effective = new PluginParameters(parameters.Select(p => KeyValuePair.Create(p.Name, p.Value)))
            .WithDefaults(task.Describe().Parameters.Select(p => p.Descriptor));
        Assert.Empty(task.Check(effective));
        return new ConfiguredTask(task, effective).Evaluate(input, CancellationToken.None);
    }

    /// <summary>An input whose model and metric make the utility exactly the share of label-1 rows fitted on.</summary>
    public static TaskInput Input(
        IReadOnlyList<double> values,
        UnitPartition units,
        SampleSet train,
        IReadOnlyList<bool>? noiseMask = null,
        List<int[]>? fits = null,
        MetricDirection direction = MetricDirection.HigherIsBetter) =>
        new(values, units, train, train, noiseMask, () => new ShareOfOnesModel(fits), new MeanPredictionMetric(direction));
}
