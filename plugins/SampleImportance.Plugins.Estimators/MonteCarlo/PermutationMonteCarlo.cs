using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.Sampling;
using SampleImportance.Plugins.Estimators.Stopping;
using SampleImportance.Plugins.Estimators.Truncation;

namespace SampleImportance.Plugins.Estimators.MonteCarlo;

/// <summary>
/// The permutation Monte Carlo loop shared by permutation-based semivalues: draw a permutation, walk its
/// prefixes through the utility, record each row's weighted marginal contribution, and ask the stopping rule
/// whether to go on. An anytime method: when the evaluation budget or the run's cancellation strikes
/// mid-permutation, the partial permutation is dropped and the completed ones are returned; with none
/// completed, the exception propagates.
/// </summary>
internal sealed class PermutationMonteCarlo
{
    private readonly PermutationSampler _sampler;
    private readonly IStoppingRule _stopping;
    private readonly RelativeTruncation _truncation;
    private readonly IMarginalWeight _weight;

    public PermutationMonteCarlo(PermutationSampler sampler, IStoppingRule stopping, RelativeTruncation truncation, IMarginalWeight weight)
    {
        _sampler = sampler;
        _stopping = stopping;
        _truncation = truncation;
        _weight = weight;
    }

    /// <param name="utility">U(S).</param>
    /// <param name="count">Number of training rows N.</param>
    /// <param name="progressTotal">Permutations that count as 100 % progress.</param>
    /// <param name="progress">Progress sink, or null.</param>
    /// <param name="cancellationToken">The run's token.</param>
    public MonteCarloOutcome Run(IUtility utility, int count, int progressTotal, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utility);
        var statistics = new ValueStatistics(count);
        var permutation = new int[count];
        var contributions = new double[count];
        cancellationToken.ThrowIfCancellationRequested();
        var total = utility.Evaluate(Enumerable.Range(0, count).ToArray());
        var empty = utility.Evaluate([]);
        long truncated = 0;
        string reason;
        while (!_stopping.ShouldStop(statistics, out reason))
        {
            _sampler.Next(permutation);
            try
            {
                truncated += Walk(utility, permutation, contributions, total, empty, cancellationToken);
            }
            catch (OperationCanceledException e) when (statistics.Updates > 0)
            {
                reason = e is UtilityBudgetExceededException
                    ? "the utility evaluation budget was spent mid-permutation (that permutation was dropped)"
                    : "the run's time budget ran out or the run was stopped, mid-permutation (that permutation was dropped)";
                break;
            }

            statistics.Add(contributions);
            progress?.Report(Math.Min(1.0, (double)statistics.Updates / progressTotal));
        }

        return new MonteCarloOutcome(statistics, reason, truncated);
    }

    /// <summary>Fills <paramref name="contributions"/> for one permutation; returns how many were truncated.</summary>
    private int Walk(IUtility utility, int[] permutation, double[] contributions, double total, double empty, CancellationToken cancellationToken)
    {
        var n = permutation.Length;
        var previous = empty;
        for (var j = 0; j < n; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The full set's utility is already known: skip its evaluation.
            var current = j == n - 1 ? total : utility.Evaluate(permutation.AsSpan(0, j + 1));
            contributions[permutation[j]] = _weight.Weight(j, n) * (current - previous);
            previous = current;
            if (j < n - 1 && _truncation.ShouldTruncate(current, total))
            {
                for (var rest = j + 1; rest < n; rest++)
                {
                    contributions[permutation[rest]] = 0.0;
                }

                return n - 1 - j;
            }
        }

        return 0;
    }
}
