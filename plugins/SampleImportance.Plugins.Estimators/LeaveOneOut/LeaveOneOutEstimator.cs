using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.LeaveOneOut;

/// <summary>
/// The <c>leave-one-out</c> estimator: value_i = U(N) − U(N∖{i}) through the run's utility, n + 1 evaluations.
/// Not an anytime method (a partial answer would leave rows unvalued), so budget and cancellation
/// exceptions propagate. Parameterless, so it needs no options class.
/// </summary>
public sealed class LeaveOneOutEstimator : IEstimator
{
    /// <inheritdoc/>
    public string Id => "leave-one-out";

    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        Id,
        "Leave-one-out: U(all rows) − U(all rows but i), n + 1 utility evaluations.",
        EstimatorRequirements.Retraining,
        []);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var n = context.Train.Count;
        var values = new double[n];
        var all = new int[n];
        for (var i = 0; i < n; i++)
        {
            all[i] = i;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var total = context.Utility.Evaluate(all);

        // without holds N∖{i}: it starts as 1..n−1 (N∖{0}); moving from N∖{i−1} to N∖{i} only changes slot
        // i−1, which held i and now holds i−1.
        var without = n > 0 ? all[1..] : Array.Empty<int>();
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i > 0)
            {
                without[i - 1] = i - 1;
            }

            values[i] = total - context.Utility.Evaluate(without);
            context.Progress?.Report((i + 1.0) / n);
        }

        var note = string.Create(CultureInfo.InvariantCulture, $"U(all rows) = {total:R}; {n + 1} utility evaluations requested.");
        return Task.FromResult(new ImportanceResult(values, null, context.Utility.Evaluations, [note]));
    }
}
