using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.Mlp;

/// <summary>Options of the <c>mlp</c> model; the property initialisers are the defaults.</summary>
internal sealed class MlpOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<MlpOptions> Binder { get; } = new OptionsBinder<MlpOptions>()
        .Integer("hidden", o => o.Hidden, (o, v) => o.Hidden = v, "Units in the one hidden tanh layer (default 16).", minimum: 1, maximum: 4096)
        .Integer("epochs", o => o.Epochs, (o, v) => o.Epochs = v, "Passes of mini-batch SGD over the fitted rows, reshuffled each pass (default 50).", minimum: 1, maximum: 100_000)
        .Number("learning-rate", o => o.LearningRate, (o, v) => o.LearningRate = v, "Constant SGD step size η on the batch-mean weighted loss (default 0.1).", minimum: 1e-9, maximum: 100)
        .Integer("batch-size", o => o.BatchSize, (o, v) => o.BatchSize = v, "Rows per SGD step; the last batch of a pass may be smaller (default 32).", minimum: 1, maximum: 1_000_000)
        .Number(
            "l2",
            o => o.L2,
            (o, v) => o.L2 = v,
            "L2 penalty λ on the weights, not the biases, in the objective Σ wᵢℓᵢ + λ/2·‖W‖² (summed loss, as logistic-regression's l2); each SGD step decays by λ/n (default 0.01).",
            minimum: 0,
            maximum: 1e12)
        .Integer(
            "checkpoints",
            o => o.Checkpoints,
            (o, v) => o.Checkpoints = v,
            "Frozen copies kept for TracIn, after evenly spaced epochs ⌈j·epochs/checkpoints⌉, j = 1..checkpoints, the last after the final epoch; at most one per epoch (default 5).",
            minimum: 1,
            maximum: 100_000);

    /// <summary>Hidden units. Default 16.</summary>
    public int Hidden { get; set; } = 16;

    /// <summary>SGD passes. Default 50.</summary>
    public int Epochs { get; set; } = 50;

    /// <summary>Constant step size. Default 0.1.</summary>
    public double LearningRate { get; set; } = 0.1;

    /// <summary>Rows per step. Default 32.</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>L2 penalty on the weights. Default 0.01.</summary>
    public double L2 { get; set; } = 0.01;

    /// <summary>Checkpoints kept. Default 5.</summary>
    public int Checkpoints { get; set; } = 5;
}
