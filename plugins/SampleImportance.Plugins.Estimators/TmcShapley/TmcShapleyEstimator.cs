using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.MonteCarlo;
using SampleImportance.Plugins.Estimators.Sampling;
using SampleImportance.Plugins.Estimators.Stopping;
using SampleImportance.Plugins.Estimators.Truncation;

namespace SampleImportance.Plugins.Estimators.TmcShapley;

/// <summary>
/// The <c>tmc-shapley</c> estimator: Truncated Monte Carlo Shapley (Ghorbani &amp; Zou 2019). Uniform permutations
/// (Fisher–Yates from the run's seed) + a stopping rule (max permutations, or standard-error convergence) +
/// relative truncation, over the run's utility. Returns standard errors (std of the marginal contributions /
/// √permutations) once two permutations are done. Anytime: a spent budget or a cancellation returns the
/// completed permutations' estimate, unless none completed.
/// </summary>
public sealed class TmcShapleyEstimator : IEstimator
{
    /// <inheritdoc/>
    public string Id => "tmc-shapley";

    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        Id,
        "Truncated Monte Carlo Shapley (Ghorbani & Zou 2019): permutation sampling with truncation and a convergence rule.",
        EstimatorRequirements.Retraining,
        TmcShapleyOptions.Parameters);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = TmcShapleyOptions.From(context.Parameters);
        var n = context.Train.Count;
        var loop = new PermutationMonteCarlo(
            new PermutationSampler(context.CreateRandom()),
            new AnyStoppingRule(
                new MaxUpdates(options.Permutations),
                new StandardErrorConvergence(options.ConvergenceTolerance, options.MinPermutations)),
            new RelativeTruncation(options.TruncationTolerance),
            ShapleyWeight.Instance);
        var outcome = loop.Run(context.Utility, n, options.Permutations, context.Progress, cancellationToken);
        var statistics = outcome.Statistics;
        var values = statistics.Means.ToArray();
        double[]? errors = null;
        if (statistics.Updates >= 2)
        {
            errors = new double[n];
            for (var i = 0; i < n; i++)
            {
                errors[i] = statistics.StandardError(i);
            }
        }

        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{statistics.Updates} permutations completed; stopped because {outcome.StopReason}."),
        };
        if (options.TruncationTolerance > 0)
        {
            notes.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Truncation tolerance {options.TruncationTolerance:G4}: {outcome.TruncatedContributions} marginal contributions were truncated to 0."));
        }

        if (errors is null)
        {
            notes.Add("Standard errors need at least two permutations; none are reported.");
        }

        context.Log(notes[0]);
        return Task.FromResult(new ImportanceResult(values, errors, context.Utility.Evaluations, notes));
    }
}
