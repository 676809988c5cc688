using SampleImportance.Abstractions;

namespace SampleImportance.Hosting.Tests;

/// <summary>A tiny estimation context built from host-side contract types.</summary>
internal static class TestContexts
{
    public static SampleSet Train { get; } = new([0f, 1f, 2f, 3f], 1, [0.0, 1.0, 1.0, 0.5]);

    /// <summary>The model kind the dummy estimators are told about; none of them creates one.</summary>
    public static ModelDescriptor NoModel { get; } = new("test-none", "No model: the dummy estimators fit none.", ModelCapabilities.None, PredictionKind.Score, "additive", []);

    /// <summary>A context over <see cref="Train"/>'s rows; <paramref name="utility"/> defaults to U(S) = |S|.</summary>
    public static EstimationContext Create(PluginParameters? parameters = null, IUtility? utility = null) => new()
    {
        Train = Train,
        Validation = Train,
        Units = UnitPartition.Rows(Train.Count),
        Utility = utility ?? new AdditiveGame(1, 1, 1, 1),
        Model = NoModel,
        CreateModel = static () => throw new InvalidOperationException("The dummy estimators need no model."),
        Compute = new UnusedComputeBackend(),
        Parameters = parameters ?? PluginParameters.Empty,
        Seed = 1,
    };

    /// <summary>What a model factory is created with, given its parameters.</summary>
    public static ModelContext ForModel(PluginParameters parameters) => new() { Parameters = parameters, Seed = 1, Compute = new UnusedComputeBackend() };

    private sealed class UnusedComputeBackend : IComputeBackend
    {
        public string Name => "unused";

        public int PreferredQueryTile => 1;

        public void SortByDistance(SampleSet train, SampleSet queries, int queryStart, int queryCount, Span<int> order) =>
            throw new InvalidOperationException("The dummy plugins use no kernels.");

        public void NearestNeighbours(SampleSet train, SampleSet queries, int queryStart, int queryCount, int k, Span<int> neighbours) =>
            throw new InvalidOperationException("The dummy plugins use no kernels.");

        public void DotProducts(ReadOnlySpan<double> left, int leftRows, ReadOnlySpan<double> right, int rightRows, int width, Span<double> products) =>
            throw new InvalidOperationException("The dummy plugins use no kernels.");

        public void Dispose()
        {
            // Nothing to release.
        }
    }
}
