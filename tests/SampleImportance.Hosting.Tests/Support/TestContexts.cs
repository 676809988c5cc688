using SampleImportance.Abstractions;

namespace SampleImportance.Hosting.Tests;

/// <summary>A tiny estimation context built from host-side contract types.</summary>
internal static class TestContexts
{
    public static SampleSet Train { get; } = new([0f, 1f, 2f, 3f], 1, [0.0, 1.0, 1.0, 0.5]);

    public static EstimationContext Create(PluginParameters? parameters = null) => new()
    {
        Train = Train,
        Validation = Train,
        Utility = new CountingUtility(),
        CreateModel = static () => throw new InvalidOperationException("The dummy estimators need no model."),
        Compute = new UnusedComputeBackend(),
        Parameters = parameters ?? PluginParameters.Empty,
        Seed = 1,
    };

    private sealed class CountingUtility : IUtility
    {
        public string Metric => "accuracy";

        public long Evaluations { get; private set; }

        public double Evaluate(ReadOnlySpan<int> subset)
        {
            Evaluations++;
            return subset.Length;
        }
    }

    private sealed class UnusedComputeBackend : IComputeBackend
    {
        public string Name => "unused";

        public int PreferredQueryTile => 1;

        public void SortByDistance(SampleSet train, SampleSet queries, int queryStart, int queryCount, Span<int> order) =>
            throw new InvalidOperationException("The dummy estimators use no kernels.");
    }
}
