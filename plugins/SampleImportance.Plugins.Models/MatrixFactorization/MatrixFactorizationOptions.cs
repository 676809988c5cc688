using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.MatrixFactorization;

/// <summary>Options of the <c>matrix-factorization</c> model; the property initialisers are the defaults.</summary>
internal sealed class MatrixFactorizationOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<MatrixFactorizationOptions> Binder { get; } = new OptionsBinder<MatrixFactorizationOptions>()
        .Integer("factors", o => o.Factors, (o, v) => o.Factors = v, "Latent dimensions of user and item vectors (default 16).", minimum: 1, maximum: 1024)
        .Number("learning-rate", o => o.LearningRate, (o, v) => o.LearningRate = v, "SGD step size (default 0.05).", minimum: 1e-9, maximum: 10)
        .Number("l2", o => o.L2, (o, v) => o.L2 = v, "L2 penalty on factors and item biases, applied at every step (default 0.01).", minimum: 0, maximum: 100)
        .Integer("epochs", o => o.Epochs, (o, v) => o.Epochs = v, "Passes; each draws as many (user, positive, negative) triples as there are fitted interactions (default 30).", minimum: 1, maximum: 100_000);

    /// <summary>Latent dimensions. Default 16.</summary>
    public int Factors { get; set; } = 16;

    /// <summary>SGD step size. Default 0.05.</summary>
    public double LearningRate { get; set; } = 0.05;

    /// <summary>L2 penalty per step on the parameters a triple touches. Default 0.01.</summary>
    public double L2 { get; set; } = 0.01;

    /// <summary>Passes over the fitted interactions. Default 30.</summary>
    public int Epochs { get; set; } = 30;
}
