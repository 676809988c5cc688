using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tests.Support;

/// <summary>A game given as a function of the subset's bit mask, counting its evaluations.</summary>
internal sealed class SubsetGame(int players, Func<int, double> value) : IUtility
{
    private long _evaluations;

    public MetricDescriptor Metric { get; } = new("game", "A test game.", MetricDirection.HigherIsBetter, NeedsGroups: false, PredictionKind.Score);

    public int PlayerCount => players;

    public long Evaluations => _evaluations;

    public double Evaluate(ReadOnlySpan<int> units)
    {
        _evaluations++;
        var mask = 0;
        foreach (var u in units)
        {
            mask |= 1 << u;
        }

        return value(mask);
    }
}
