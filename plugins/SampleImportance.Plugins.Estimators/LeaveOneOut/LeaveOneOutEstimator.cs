using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.LeaveOneOut;

/// <summary>
/// The <c>leave-one-out</c> estimator: value_u = U(all units) − U(all units ∖ {u}) through the run's utility,
/// units + 1 evaluations, for rows or groups alike. Not an anytime method (a partial answer would leave units
/// unvalued), so budget and cancellation exceptions propagate. When the model declares
/// <see cref="ModelCapabilities.WarmStart"/>, each refit on N ∖ {u} starts from the full-data fit
/// (<see cref="IUtility.EvaluateWarmStarted"/>): one unit away, it is a few iterations from its own optimum, and the
/// values match cold refits up to the model's convergence tolerance. Parameterless, so it needs no options class.
/// </summary>
public sealed class LeaveOneOutEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "leave-one-out",
        "Leave-one-out: U(all units) − U(all units but u), one utility evaluation per unit plus one.",
        EstimatorRequirements.Retraining,
        ValueUnits.Rows | ValueUnits.Groups,
        []);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Units.Count;
        var values = new double[n];
        var all = new int[n];
        for (var u = 0; u < n; u++)
        {
            all[u] = u;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var total = context.Utility.Evaluate(all);

        // without holds N∖{u}: it starts as 1..n−1 (N∖{0}); moving from N∖{u−1} to N∖{u} only changes slot
        // u−1, which held u and now holds u−1.
        var without = n > 0 ? all[1..] : [];
        var warm = context.Model.Capabilities.HasFlag(ModelCapabilities.WarmStart);
        for (var u = 0; u < n; u++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (u > 0)
            {
                without[u - 1] = u - 1;
            }

            values[u] = total - (warm ? context.Utility.EvaluateWarmStarted(without, all) : context.Utility.Evaluate(without));
            context.Progress?.Report((u + 1.0) / n);
        }

        var note = string.Create(CultureInfo.InvariantCulture, $"U(all {context.Units.Name} units) = {total:R}; {n + 1} utility evaluations requested{(warm ? ", refits warm-started from the full-data fit" : "")}.");
        return Task.FromResult(new ImportanceResult(values, notes: [note]));
    }
}
