using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Builds estimation contexts over a model factory and the test utility.</summary>
internal static class Contexts
{
    public static EstimationContext Create(
        SampleSet train,
        SampleSet validation,
        IModelFactory factory,
        PluginParameters? estimatorParameters = null,
        PluginParameters? modelParameters = null,
        int seed = 1,
        long? budget = null,
        IComputeBackend? compute = null,
        string? metric = null)
    {
        var model = modelParameters ?? PluginParameters.Empty;
        IModel Create() => factory.Create(model);
        var utility = new TestUtility(train, validation, Create, metric ?? factory.Describe().Metrics[0], budget);
        return new EstimationContext
        {
            Train = train,
            Validation = validation,
            Utility = utility,
            CreateModel = Create,
            Compute = compute ?? new NaiveComputeBackend(),
            Parameters = estimatorParameters ?? PluginParameters.Empty,
            Seed = seed,
            Budget = new EstimationBudget(MaxUtilityEvaluations: budget),
        };
    }

    public static PluginParameters Parameters(params (string Name, object Value)[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.Name, Convert.ToString(v.Value, CultureInfo.InvariantCulture)!)));
}
