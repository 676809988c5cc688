using System.Runtime.ExceptionServices;
using SampleImportance.Abstractions;
using SampleImportance.Sdk.MonteCarlo;

namespace SampleImportance.Plugins.Estimators.MonteCarlo;

/// <summary>Turns a semivalue Monte Carlo outcome into the estimator's result, the same way for every sampling estimator.</summary>
internal static class MonteCarloResults
{
    /// <summary>
    /// The estimate of the completed updates, with the stopping note first; rethrows the budget or cancellation when
    /// no update completed (there is nothing to return then).
    /// </summary>
    /// <param name="outcome">The runner's outcome.</param>
    /// <param name="updates">What an update is called in the notes (permutations, samples).</param>
    /// <param name="details">Notes to add after the stopping note.</param>
    /// <param name="noErrorsNote">The note to add when some standard error is undefined.</param>
    /// <param name="context">The run's context, for its log.</param>
    public static ImportanceResult ToResult(MonteCarloResult outcome, string updates, IEnumerable<string> details, string noErrorsNote, EstimationContext context)
    {
        if (outcome.Updates == 0 && outcome.Interruption is { } interruption)
        {
            ExceptionDispatchInfo.Throw(interruption);
        }

        var notes = new List<string> { FormattableString.Invariant($"{outcome.Updates} {updates} completed; stopped because {outcome.StopReason}.") };
        notes.AddRange(details);
        double[]? errors = outcome.HasStandardErrors ? [.. outcome.StandardErrors] : null;
        if (errors is null)
        {
            notes.Add(noErrorsNote);
        }

        context.Log(notes[0]);
        return new ImportanceResult([.. outcome.Values], errors, notes);
    }
}
