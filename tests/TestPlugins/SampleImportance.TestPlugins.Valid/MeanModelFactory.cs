using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Valid;

/// <summary>Creates <see cref="MeanModel"/>s: they predict the (weighted) mean training label.</summary>
public sealed class MeanModelFactory : IModelFactory
{
    public string Id => "test-mean";

    public ModelDescriptor Describe() => new(
        Id,
        "Test model: predicts the mean training label plus shift.",
        ModelCapabilities.SampleWeights,
        ["neg-mse", "accuracy"],
        [
            new ParameterDescriptor("shift", ParameterKind.Number, "0", "Added to every prediction (default 0).", -1e6, 1e6),
            new ParameterDescriptor("clip", ParameterKind.Boolean, "false", "Clip predictions to [0, 1] (default false)."),
        ]);

    public IModel Create(PluginParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new MeanModel(parameters.GetDouble("shift", 0), parameters.GetBoolean("clip", false));
    }
}
