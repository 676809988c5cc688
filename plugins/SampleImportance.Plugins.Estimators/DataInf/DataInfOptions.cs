using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.DataInf;

/// <summary>Options of the <c>datainf</c> estimator; the property initialisers are the defaults.</summary>
internal sealed class DataInfOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<DataInfOptions> Binder { get; } = new OptionsBinder<DataInfOptions>()
        .Number(
            "lambda-factor",
            o => o.LambdaFactor,
            (o, v) => o.LambdaFactor = v,
            "The damping λ is this factor × the mean over training rows of ‖gᵢ‖²/p (default 0.1, as DataInf's code: lambda_const = mean(grad²) / 10).",
            minimum: 1e-12,
            maximum: 1e12);

    /// <summary>λ relative to the mean squared gradient entry. Default 0.1.</summary>
    public double LambdaFactor { get; set; } = 0.1;
}
