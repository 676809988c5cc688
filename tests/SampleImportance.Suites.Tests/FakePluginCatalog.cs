using SampleImportance.Abstractions;
using SampleImportance.Hosting;

namespace SampleImportance.Suites.Tests;

/// <summary>Descriptors only: suite loading must read what plugins declare and never create one.</summary>
internal sealed class FakePluginCatalog : IPluginCatalog
{
    public IReadOnlyList<EstimatorDescriptor> Estimators { get; } =
    [
        new("knn-shapley", "Exact KNN-Shapley.", EstimatorRequirements.None, ValueUnits.Rows,
            [new ParameterDescriptor("k", ParameterKind.Integer, "5", "Neighbours (default 5).", Minimum: 1)]),
        new("tmc-shapley", "Truncated Monte Carlo Shapley.", EstimatorRequirements.Retraining, ValueUnits.Rows | ValueUnits.Groups,
        [
            new ParameterDescriptor("permutations", ParameterKind.Integer, "100", "Permutations (default 100).", Minimum: 1, Maximum: 100_000),
            new ParameterDescriptor("tolerance", ParameterKind.Number, "0.01", "Truncation tolerance (default 0.01).", Minimum: 0, Maximum: 1),
            new ParameterDescriptor("truncate", ParameterKind.Boolean, "true", "Truncate permutations (default true)."),
        ]),
        new("influence", "Influence functions.", EstimatorRequirements.FittedModel | EstimatorRequirements.Gradients, ValueUnits.Rows,
            [new ParameterDescriptor("damping", ParameterKind.Number, "0.001", "Hessian damping (default 0.001).", Minimum: 0)]),
    ];

    public IReadOnlyList<ModelDescriptor> Models { get; } =
    [
        new("knn", "k-nearest neighbours.", ModelCapabilities.None, PredictionKind.ClassScores, "label-likelihood",
        [
            new ParameterDescriptor("k", ParameterKind.Integer, "5", "Neighbours (default 5).", Minimum: 1),
            new ParameterDescriptor("weighting", ParameterKind.Text, "uniform", "Vote weighting (default uniform)."),
        ]),
        new("logistic-regression", "L2 logistic regression.", ModelCapabilities.Gradients | ModelCapabilities.WarmStart, PredictionKind.ClassScores, "accuracy",
            [new ParameterDescriptor("l2", ParameterKind.Number, "1.0", "L2 penalty (default 1.0).", Minimum: 0)]),

        // A model with one score per row, so metrics that read class scores can be refused for it.
        new("linear-ranker", "Linear scoring model.", ModelCapabilities.None, PredictionKind.Score, "mse", []),
    ];

    public IReadOnlyList<PluginInfo> Plugins { get; } = [];

    public IEstimator CreateEstimator(string id) =>
        throw new InvalidOperationException($"Suite loading created estimator '{id}'; it must only read descriptors.");

    public IModelFactory GetModelFactory(string id) =>
        throw new InvalidOperationException($"Suite loading created model '{id}'; it must only read descriptors.");
}
