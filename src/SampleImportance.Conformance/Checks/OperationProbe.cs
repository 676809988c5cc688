using SampleImportance.Abstractions;

namespace SampleImportance.Conformance;

/// <summary>
/// Counts an estimator's operations (utility evaluations, model creations, backend calls, progress reports) and runs
/// a hook at each, so a check can cancel a run part-way and count the work done after the stop.
/// </summary>
internal sealed class OperationProbe : IProgress<double>
{
    private long _operations;
    private long _modelsCreated;

    /// <summary>Called with the running operation count after each operation.</summary>
    public Action<long>? OnOperation { get; set; }

    public long ModelsCreated => Interlocked.Read(ref _modelsCreated);

    public void Report(double value) => Tick();

    public void Tick() => OnOperation?.Invoke(Interlocked.Increment(ref _operations));

    public Func<IModel> Wrap(Func<IModel> create) => () =>
    {
        Interlocked.Increment(ref _modelsCreated);
        Tick();
        return create();
    };

    public IComputeBackend Wrap(IComputeBackend compute) => new ProbedBackend(compute, this);

    private sealed class ProbedBackend(IComputeBackend inner, OperationProbe probe) : IComputeBackend
    {
        public string Name => inner.Name;

        public int PreferredQueryTile => inner.PreferredQueryTile;

        public void SortByDistance(SampleSet train, SampleSet queries, int queryStart, int queryCount, Span<int> order)
        {
            probe.Tick();
            inner.SortByDistance(train, queries, queryStart, queryCount, order);
        }

        public void NearestNeighbours(SampleSet train, SampleSet queries, int queryStart, int queryCount, int k, Span<int> neighbours)
        {
            probe.Tick();
            inner.NearestNeighbours(train, queries, queryStart, queryCount, k, neighbours);
        }

        public void DotProducts(ReadOnlySpan<double> left, int leftRows, ReadOnlySpan<double> right, int rightRows, int width, Span<double> products)
        {
            probe.Tick();
            inner.DotProducts(left, leftRows, right, rightRows, width, products);
        }

        // The setup owns the inner backend.
        public void Dispose()
        {
        }
    }
}
