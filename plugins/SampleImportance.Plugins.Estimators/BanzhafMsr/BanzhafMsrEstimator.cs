using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.MonteCarlo;
using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;

namespace SampleImportance.Plugins.Estimators.BanzhafMsr;

/// <summary>
/// The <c>banzhaf-msr</c> estimator: Data Banzhaf (Wang &amp; Jia 2023, "Data Banzhaf: A Robust Data Valuation Framework
/// for Machine Learning") by maximum sample reuse (their Algorithm 1). Each sample is a subset S with every unit in
/// independently with probability ½, evaluated once; v(u) = mean U(S) over the samples with u ∈ S − mean over those
/// without. Composed from the SDK's <see cref="MaximumSampleReuseSampler"/> and <see cref="BanzhafSemivalue"/> (weight
/// 1/2^(n−1), coefficient 1) over the run's utility. When the model supports warm starts, every sample is fitted from
/// the full-data fit (the utility fits it once), so values match cold fits within the README's tolerance. Anytime: a
/// spent budget or a cancellation returns the completed samples' estimate, unless none completed.
/// </summary>
public sealed class BanzhafMsrEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "banzhaf-msr",
        "Data Banzhaf (Wang & Jia 2023) by maximum sample reuse: every utility evaluation of a random half-subset updates every unit.",
        EstimatorRequirements.Retraining,
        ValueUnits.Rows | ValueUnits.Groups,
        BanzhafMsrOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = BanzhafMsrOptions.Binder.Bind(context.Parameters);
        var outcome = new SemivalueMonteCarlo
        {
            Sampler = new MaximumSampleReuseSampler(context.CreateRandom()),
            Semivalue = BanzhafSemivalue.Instance,
            Stopping = options.CreateStopping(),
            WarmStart = context.Model.Capabilities.HasFlag(ModelCapabilities.WarmStart),
            Progress = context.Progress,
        }.Run(context.Utility, cancellationToken);
        return Task.FromResult(MonteCarloResults.ToResult(
            outcome,
            "samples",
            [],
            "Standard errors need at least two samples with and two without every unit; none are reported.",
            context));
    }
}
