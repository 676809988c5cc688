using SampleImportance.Abstractions;
using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests.Sampling;

/// <summary>
/// Which subsets the strategies fit from which start when <see cref="SemivalueMonteCarlo.WarmStart"/> is set, on an
/// additive game whose warm and cold values are equal, so the estimates must not move.
/// </summary>
public class WarmStartStrategyTests
{
    private static readonly double[] Weights = [0.5, -1, 2, 3, 0, 1.25, -0.75];

    [Fact]
    public void Sample_reuse_fits_every_sample_from_all_players()
    {
        var (warm, warmCalls) = Run(new MaximumSampleReuseSampler(new Random(4)), BanzhafSemivalue.Instance, warmStart: true, updates: 50);
        var (cold, coldCalls) = Run(new MaximumSampleReuseSampler(new Random(4)), BanzhafSemivalue.Instance, warmStart: false, updates: 50);

        Assert.Equal(50, warmCalls.Count);
        Assert.All(warmCalls, call => Assert.Equal(Enumerable.Range(0, Weights.Length), call.Start!));
        Assert.All(coldCalls, call => Assert.Null(call.Start));
        Assert.Equal(coldCalls.Select(c => c.Units), warmCalls.Select(c => c.Units));
        Assert.Equal(cold.Values, warm.Values);
    }

    [Fact]
    public void Player_sweeps_fit_S_with_i_from_S()
    {
        var (warm, warmCalls) = Run(new StratifiedSampler(new Random(6)), ShapleySemivalue.Instance, warmStart: true, updates: 3);
        var (cold, _) = Run(new StratifiedSampler(new Random(6)), ShapleySemivalue.Instance, warmStart: false, updates: 3);

        // Each player's pair: U(S) cold, then U(S ∪ {i}) from S.
        Assert.Equal(3 * 2 * Weights.Length, warmCalls.Count);
        for (var k = 0; k < warmCalls.Count; k += 2)
        {
            Assert.Null(warmCalls[k].Start);
            Assert.Equal(warmCalls[k].Units, warmCalls[k + 1].Start!);
            Assert.Single(warmCalls[k + 1].Units.Except(warmCalls[k].Units));
            Assert.Equal(warmCalls[k].Units.Length + 1, warmCalls[k + 1].Units.Length);
        }

        Assert.Equal(cold.Values, warm.Values);
    }

    private static (MonteCarloResult Result, List<(int[] Units, int[]? Start)> Calls) Run(ISampler sampler, ISemivalue semivalue, bool warmStart, int updates)
    {
        var utility = new RecordingUtility();
        var result = new SemivalueMonteCarlo
        {
            Sampler = sampler,
            Semivalue = semivalue,
            Stopping = new MaxUpdates(updates),
            WarmStart = warmStart,
        }.Run(utility, CancellationToken.None);
        return (result, utility.Calls);
    }

    // U(S) = Σ weights over S; records every call with its warm start (null for a cold evaluation).
    private sealed class RecordingUtility : IUtility
    {
        public List<(int[] Units, int[]? Start)> Calls { get; } = [];

        public MetricDescriptor Metric { get; } = new("additive", "Sum of the players' weights.", MetricDirection.HigherIsBetter, false, PredictionKind.Score);

        public int PlayerCount => Weights.Length;

        public long Evaluations => Calls.Count;

        public double Evaluate(ReadOnlySpan<int> units) => Record(units, null);

        public double EvaluateWarmStarted(ReadOnlySpan<int> units, ReadOnlySpan<int> startUnits) => Record(units, startUnits.ToArray().Order().ToArray());

        private double Record(ReadOnlySpan<int> units, int[]? start)
        {
            var sorted = units.ToArray().Order().ToArray();
            Calls.Add((sorted, start));
            return sorted.Sum(u => Weights[u]);
        }
    }
}
