using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.MonteCarlo;
using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;

namespace SampleImportance.Plugins.Estimators.TmcShapley;

/// <summary>
/// The <c>tmc-shapley</c> estimator: Truncated Monte Carlo Shapley (Ghorbani &amp; Zou 2019) composed from the SDK:
/// uniform permutations from the run's seed, the Shapley weight, a truncation rule and a stopping rule (the permutation
/// cap, or early convergence), over the run's utility, so it values rows or groups alike. Anytime: a spent budget or a
/// cancellation returns the completed permutations' estimate, unless none completed.
/// </summary>
public sealed class TmcShapleyEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "tmc-shapley",
        "Truncated Monte Carlo Shapley (Ghorbani & Zou 2019): permutation sampling with truncation and a convergence rule.",
        EstimatorRequirements.Retraining,
        ValueUnits.Rows | ValueUnits.Groups,
        TmcShapleyOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = TmcShapleyOptions.Binder.Bind(context.Parameters);
        var truncation = options.CreateTruncation();
        var outcome = new SemivalueMonteCarlo
        {
            Sampler = new PermutationSampler(context.CreateRandom()),
            Semivalue = ShapleySemivalue.Instance,
            Truncation = truncation,
            Stopping = options.CreateStopping(),
            WarmStart = context.Model.Capabilities.HasFlag(ModelCapabilities.WarmStart),
            Progress = context.Progress,
        }.Run(context.Utility, cancellationToken);
        var details = truncation.IsEnabled
            ? [string.Create(
                CultureInfo.InvariantCulture,
                $"Truncation tolerance {options.TruncationTolerance:G4}: {outcome.TruncatedContributions} marginal contributions were truncated to 0 ({options.Truncation} rule).")]
            : Array.Empty<string>();
        return Task.FromResult(MonteCarloResults.ToResult(outcome, "permutations", details, "Standard errors need at least two permutations; none are reported.", context));
    }
}
