using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.MonteCarlo;
using SampleImportance.Sdk.MonteCarlo;

namespace SampleImportance.Plugins.Estimators.BetaShapley;

/// <summary>
/// The <c>beta-shapley</c> estimator (Kwon &amp; Zou 2022, "Beta Shapley: a Unified and Noise-reduced Data Valuation
/// Framework"): the semivalue with per-subset weight w(n, k) = B(k + β, n − 1 − k + α) / B(α, β), k = |S|. That is the
/// paper's w_{α,β}(j)/n with j = k + 1 (its eq. 3: the cardinality j carries n·B(j + β − 1, n − j + α)/B(α, β)),
/// and the SDK's <see cref="Sdk.Semivalues.BetaShapleySemivalue"/>: α pairs with (1 − t), β with t, so α &gt; β puts
/// the weight on small subsets (Beta(16, 1), the default, has mean subset size (n − 1)/17) and α = β = 1 is Shapley.
/// Composed from the SDK: the sampler (uniform permutations by default, importance-weighted), the Beta weight and a
/// stopping rule over the run's utility; no truncation, so the estimate is unbiased. Anytime like tmc-shapley. When the
/// model supports warm starts, a permutation's prefix is fitted from the previous prefix's fit and a sweep's S ∪ {i}
/// from S's, as tmc-shapley does (values match cold fits within the README's tolerance).
/// </summary>
public sealed class BetaShapleyEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "beta-shapley",
        "Beta Shapley (Kwon & Zou 2022): the Beta(α, β)-weighted semivalue by importance-weighted Monte Carlo; Beta(16, 1) favours small subsets.",
        EstimatorRequirements.Retraining,
        ValueUnits.Rows | ValueUnits.Groups,
        BetaShapleyOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = BetaShapleyOptions.Binder.Bind(context.Parameters);
        var semivalue = options.CreateSemivalue();
        var sampler = options.CreateSampler(context.CreateRandom());
        var outcome = new SemivalueMonteCarlo
        {
            Sampler = sampler,
            Semivalue = semivalue,
            Stopping = options.CreateStopping(),
            WarmStart = context.Model.Capabilities.HasFlag(ModelCapabilities.WarmStart),
            Progress = context.Progress,
        }.Run(context.Utility, cancellationToken);
        var updates = options.Sampler == BetaShapleyOptions.StratifiedSamplerName ? "player sweeps" : "permutations";
        string[] details = [$"Weight {semivalue.Name} by {sampler.Name} sampling."];
        return Task.FromResult(MonteCarloResults.ToResult(outcome, updates, details, $"Standard errors need at least two {updates}; none are reported.", context));
    }
}
