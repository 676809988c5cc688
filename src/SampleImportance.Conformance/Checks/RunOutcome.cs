using SampleImportance.Abstractions;

namespace SampleImportance.Conformance;

/// <summary>How one estimator run ended: values, or the exception that escaped.</summary>
internal sealed record RunOutcome(ImportanceResult? Result, Exception? Error)
{
    public string Describe() => Error is null ? "returned values" : $"threw {Error.GetType().Name}: {Error.Message}";

    /// <summary>What is wrong with the values for <paramref name="units"/> units: their number, or a non-finite one.</summary>
    public IEnumerable<string> ValueProblems(int units)
    {
        if (Result is null)
        {
            yield break;
        }

        if (Result.Values.Count != units)
        {
            yield return $"expected one value per unit ({units}), got {Result.Values.Count}";
            yield break;
        }

        for (var unit = 0; unit < units; unit++)
        {
            if (!double.IsFinite(Result.Values[unit]))
            {
                yield return $"value {unit} is {Result.Values[unit]}, not finite";
                yield break;
            }
        }
    }
}
