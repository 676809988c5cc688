using SampleImportance.Abstractions;

namespace SampleImportance.Sdk.Tests.Games;

/// <summary>
/// A cooperative game as an <see cref="IUtility"/>: counts every evaluation, can enforce an evaluation budget like the
/// host, and can run a hook before each evaluation (to cancel a run mid-update).
/// </summary>
internal abstract class Game : IUtility
{
    protected Game(int playerCount) => PlayerCount = playerCount;

    public MetricDescriptor Metric { get; } = new("game", "A closed-form test game.", MetricDirection.HigherIsBetter, false, PredictionKind.Score);

    public int PlayerCount { get; }

    public long Evaluations { get; private set; }

    /// <summary>Evaluations allowed; the next one throws <see cref="UtilityBudgetExceededException"/>.</summary>
    public long? Budget { get; set; }

    /// <summary>Called with the number of evaluations done so far, before each evaluation.</summary>
    public Action<long>? BeforeEvaluate { get; set; }

    public double Evaluate(ReadOnlySpan<int> units)
    {
        BeforeEvaluate?.Invoke(Evaluations);
        if (Evaluations >= Budget)
        {
            throw new UtilityBudgetExceededException();
        }

        Evaluations++;
        var members = new bool[PlayerCount];
        foreach (var unit in units)
        {
            members[unit] = true;
        }

        return Value(members);
    }

    /// <summary>U(S) for the membership vector of S.</summary>
    protected abstract double Value(bool[] members);
}
