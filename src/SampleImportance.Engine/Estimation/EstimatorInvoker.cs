using SampleImportance.Abstractions;

namespace SampleImportance.Engine.Estimation;

/// <summary>
/// Runs one estimator under its budget. The estimator runs on the thread pool so a plugin that ignores its
/// cancellation token can be abandoned once the budget plus a grace period has passed (process isolation, a
/// later feature, is the only way to reclaim such a thread).
/// </summary>
internal static class EstimatorInvoker
{
    public static async Task<ImportanceResult> InvokeAsync(
        IEstimator estimator,
        Func<CancellationToken, EstimationContext> createContext,
        EstimationBudget budget,
        TimeSpan grace,
        CancellationToken runToken)
    {
        using var budgetSource = CancellationTokenSource.CreateLinkedTokenSource(runToken);
        if (budget.MaxSeconds is { } seconds)
        {
            budgetSource.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        var token = budgetSource.Token;
        var context = createContext(token);
        var work = Task.Run(() => estimator.EstimateAsync(context, token), CancellationToken.None);
        try
        {
            if (budget.MaxSeconds is { } limit)
            {
                return await work.WaitAsync(TimeSpan.FromSeconds(limit) + grace, runToken).ConfigureAwait(false);
            }

            return await work.WaitAsync(runToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new CellBudgetExceededException(FormattableString.Invariant(
                $"The estimator ignored cancellation and was abandoned {grace.TotalSeconds:0.#} s after its {budget.MaxSeconds:0.###} s budget."));
        }
        catch (OperationCanceledException) when (!runToken.IsCancellationRequested && token.IsCancellationRequested)
        {
            throw new CellBudgetExceededException(FormattableString.Invariant($"The time budget of {budget.MaxSeconds:0.###} s ran out."));
        }
    }
}
