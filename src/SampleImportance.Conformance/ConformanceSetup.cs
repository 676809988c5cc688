using SampleImportance.Abstractions;
using SampleImportance.Conformance.Reference;

namespace SampleImportance.Conformance;

/// <summary>
/// The model, metric and compute backend the checks build their utilities and contexts from. The default (
/// <see cref="Reference"/>) needs no host assembly: the kit's K-nearest-neighbour classifier (K = 3), the
/// label-likelihood metric and the scalar reference backend. Pass your own model when your estimator needs gradients,
/// checkpoints or a particular model.
/// </summary>
public sealed class ConformanceSetup
{
    /// <summary>The kit's own model, metric and backend.</summary>
    public static ConformanceSetup Reference { get; } = new();

    /// <summary>Creates the cell's model (default: <see cref="ReferenceKnnModelFactory"/> with K = 3).</summary>
    public IModelFactory ModelFactory { get; init; } = new ReferenceKnnModelFactory();

    /// <summary>The model's parameters; its defaults are filled in (default: none given).</summary>
    public PluginParameters ModelParameters { get; init; } = PluginParameters.Empty;

    /// <summary>The utility's validation metric (default: <see cref="LabelLikelihoodMetric"/>).</summary>
    public IMetric Metric { get; init; } = new LabelLikelihoodMetric();

    /// <summary>The compute backend given to estimators and models (default: <see cref="ReferenceComputeBackend"/>).</summary>
    public IComputeBackend Compute { get; init; } = new ReferenceComputeBackend();
}
