using SampleImportance.Abstractions;

namespace SampleImportance.TestPlugins.Valid;

/// <summary>Creates <see cref="MeanModel"/>s: one score per row, the (weighted) mean training label plus shift; default metric mse.</summary>
public sealed class MeanModelFactory : IModelFactory
{
    public ModelDescriptor Describe() => new(
        "test-mean",
        "Test model: predicts the mean training label plus shift.",
        ModelCapabilities.SampleWeights,
        PredictionKind.Score,
        "mse",
        [
            new ParameterDescriptor("shift", ParameterKind.Number, "0", "Added to every prediction (default 0).", -1e6, 1e6),
            new ParameterDescriptor("clip", ParameterKind.Boolean, "false", "Clip predictions to [0, 1] (default false)."),
        ]);

    public IModel Create(ModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new MeanModel(context.Parameters.GetDouble("shift", 0), context.Parameters.GetBoolean("clip", false));
    }
}
