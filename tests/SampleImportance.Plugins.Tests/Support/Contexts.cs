using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Builds estimation contexts the way the host does: effective parameters, units, the test utility.</summary>
internal static class Contexts
{
    /// <summary>
    /// A context for <paramref name="estimator"/> over <paramref name="factory"/>'s model. Both parameter sets get their
    /// defaults filled in (unknown names pass through, for the plugin to reject); the metric defaults to the model's.
    /// </summary>
    public static EstimationContext Create(
        IEstimator estimator,
        SampleSet train,
        SampleSet validation,
        IModelFactory factory,
        PluginParameters? estimatorParameters = null,
        PluginParameters? modelParameters = null,
        int seed = 1,
        long? budget = null,
        IComputeBackend? compute = null,
        string? metric = null,
        UnitPartition? units = null,
        IProgress<double>? progress = null)
    {
        var descriptor = factory.Describe();
        var backend = compute ?? new NaiveComputeBackend();
        var modelContext = new ModelContext
        {
            Parameters = (modelParameters ?? PluginParameters.Empty).WithDefaults(descriptor.Parameters),
            Seed = SeedMixer.Mix(seed, 1),
            Compute = backend,
        };
        IModel CreateModel() => factory.Create(modelContext);
        var partition = units ?? UnitPartition.Rows(train.Count);
        return new EstimationContext
        {
            Train = train,
            Validation = validation,
            Units = partition,
            Utility = new TestUtility(train, validation, partition, CreateModel, Scoring.Metric(metric ?? descriptor.DefaultMetric), budget),
            Model = descriptor,
            CreateModel = CreateModel,
            Compute = backend,
            Parameters = (estimatorParameters ?? PluginParameters.Empty).WithDefaults(estimator.Describe().Parameters),
            Seed = seed,
            Budget = new EstimationBudget(MaxUtilityEvaluations: budget),
            Progress = progress,
        };
    }

    /// <summary>A model created as the host would, with defaults filled in.</summary>
    public static IModel Model(IModelFactory factory, IComputeBackend? compute = null, params (string Name, object Value)[] parameters) =>
        factory.Create(new ModelContext
        {
            Parameters = Parameters(parameters).WithDefaults(factory.Describe().Parameters),
            Seed = 1,
            Compute = compute ?? new NaiveComputeBackend(),
        });

    public static PluginParameters Parameters(params (string Name, object Value)[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.Name, Convert.ToString(v.Value, CultureInfo.InvariantCulture)!)));
}
