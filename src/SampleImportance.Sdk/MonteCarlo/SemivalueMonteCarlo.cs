using SampleImportance.Abstractions;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;
using SampleImportance.Sdk.Truncation;

namespace SampleImportance.Sdk.MonteCarlo;

/// <summary>
/// The generic semivalue Monte Carlo runner (pyDVL <c>SemivalueValuation.fit</c>): method = <see cref="Semivalue"/>,
/// sampling = <see cref="Sampler"/> (+ <see cref="Truncation"/>), stopping = <see cref="Stopping"/>, over a utility.
/// Before each update it asks the stopping rule; each update is one step of the sampler's strategy, folded into Welford
/// statistics. Anytime: when the utility's budget is spent or the token is cancelled mid-update, the partial update is
/// dropped and the estimate so far is returned with <see cref="MonteCarloResult.Interruption"/> set. Deterministic:
/// the only randomness is the sampler's seeded source.
/// </summary>
/// <example>
/// <code>
/// var result = new SemivalueMonteCarlo
/// {
///     Sampler = new PermutationSampler(context.CreateRandom()),
///     Semivalue = ShapleySemivalue.Instance,
///     Truncation = new RelativeTruncation(0.01),
///     Stopping = new MaxUpdates(500) | new StandardErrorConvergence(0.05, minimumUpdates: 30),
/// }.Run(context.Utility, cancellationToken);
/// </code>
/// </example>
public sealed class SemivalueMonteCarlo
{
    /// <summary>Draws the subsets (and decides how they are evaluated).</summary>
    public required ISampler Sampler { get; init; }

    /// <summary>The weights being estimated.</summary>
    public required ISemivalue Semivalue { get; init; }

    /// <summary>When to stop. Use a fresh instance per run: rules may keep history.</summary>
    public required StoppingRule Stopping { get; init; }

    /// <summary>Truncation of permutation walks. Default: <see cref="NoTruncation"/>.</summary>
    public ITruncationRule Truncation { get; init; } = NoTruncation.Instance;

    /// <summary>
    /// Whether the sampler's strategy warm-starts fits from a nearby subset's fit (<see cref="EvaluationSetup.WarmStart"/>);
    /// set it when the model declares <see cref="ModelCapabilities.WarmStart"/>.
    /// Default false.
    /// </summary>
    public bool WarmStart { get; init; }

    /// <summary>Receives <see cref="StoppingRule.Completion"/> after each update; null (the default) for none.</summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>Runs until the stopping rule says so, the utility's budget is spent or the token is cancelled.</summary>
    /// <param name="utility">U(S) over subsets of its players.</param>
    /// <param name="cancellationToken">The run's token.</param>
    public MonteCarloResult Run(IUtility utility, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utility);
        var n = utility.PlayerCount;
        var startEvaluations = utility.Evaluations;
        var strategy = Sampler.CreateStrategy(new EvaluationSetup(utility, Semivalue, Truncation) { WarmStart = WarmStart });
        var state = new MonteCarloState(n);
        var values = new double[n];
        var errors = new double[n];
        Array.Fill(errors, double.NaN);
        OperationCanceledException? interruption = null;
        string reason;
        if (n == 0)
        {
            reason = "there are no players to value";
        }
        else
        {
            while (!Stopping.ShouldStop(state, out reason))
            {
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    strategy.Step(cancellationToken);
                }
                catch (OperationCanceledException e) when (e is UtilityBudgetExceededException || cancellationToken.IsCancellationRequested)
                {
                    interruption = e;
                    reason = e is UtilityBudgetExceededException
                        ? "the utility evaluation budget was spent mid-update (that update was dropped)"
                        : "the run's time budget ran out or the run was stopped (any unfinished update was dropped)";
                    break;
                }

                strategy.WriteEstimate(values, errors);
                state.Record(strategy.Updates, utility.Evaluations - startEvaluations, values, errors);
                Progress?.Report(Math.Clamp(Stopping.Completion(state), 0, 1));
            }
        }

        return new MonteCarloResult(
            values,
            errors,
            strategy.Updates,
            utility.Evaluations - startEvaluations,
            strategy.TruncatedContributions,
            reason,
            interruption);
    }
}
