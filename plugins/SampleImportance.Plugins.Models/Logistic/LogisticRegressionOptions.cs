using SampleImportance.Abstractions;
using SampleImportance.Plugins.Shared;

namespace SampleImportance.Plugins.Models.Logistic;

/// <summary>Options of the <c>logistic-regression</c> model.</summary>
internal sealed class LogisticRegressionOptions
{
    /// <summary>Fraction correct at threshold 0.5 (the default metric).</summary>
    public const string AccuracyMetric = "accuracy";

    /// <summary>Mean log p(true label), clipped; higher = better.</summary>
    public const string LogLikelihoodMetric = "log-likelihood";

    /// <summary>Area under the ROC curve.</summary>
    public const string AucMetric = "auc";

    /// <summary>Metric ids, default first.</summary>
    public static IReadOnlyList<string> Metrics { get; } = [AccuracyMetric, LogLikelihoodMetric, AucMetric];

    /// <summary>Accepted parameters, with their defaults and ranges.</summary>
    public static IReadOnlyList<ParameterDescriptor> Parameters { get; } =
    [
        new("l2", ParameterKind.Number, "1",
            "L2 penalty λ on the coefficients, not the intercept, added as λ/2·‖β‖² to the summed (not averaged) weighted log-loss; not scaled by n, so λ = 1/C of scikit-learn (default 1).",
            0, 1e12),
        new("max-iterations", ParameterKind.Integer, "100", "Most Newton steps per fit (default 100).", 1, 100_000),
        new("tolerance", ParameterKind.Number, "1e-8",
            "Converged when the largest gradient component is at most tolerance × total sample weight (default 1e-8).",
            0, 1),
    ];

    /// <summary>L2 penalty λ on the coefficients (not the intercept), not scaled by n. Default 1.</summary>
    public double L2 { get; init; } = 1.0;

    /// <summary>Most Newton steps per fit. Default 100.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Gradient tolerance relative to the total sample weight. Default 1e-8.</summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>Reads options from plugin parameters, reporting every invalid value together.</summary>
    public static LogisticRegressionOptions From(PluginParameters parameters)
    {
        var reader = new ParameterReader(parameters, Parameters);
        var options = new LogisticRegressionOptions
        {
            L2 = reader.Number("l2"),
            MaxIterations = reader.Int32("max-iterations"),
            Tolerance = reader.Number("tolerance"),
        };
        reader.ThrowIfInvalid();
        return options;
    }
}
