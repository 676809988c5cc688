namespace SampleImportance.Abstractions;

/// <summary>
/// The compute backend an estimator runs its heavy kernels on. Every backend must return exactly the
/// same orderings for the same input (distances in float, summed feature by feature in order, no fused
/// multiply-add; ties broken by the lower training index).
/// </summary>
public interface IComputeBackend
{
    /// <summary>Backend name recorded in results: <c>cpu-simd</c>, <c>ilgpu-cuda</c>, <c>ilgpu-opencl</c> or <c>ilgpu-cpu</c>.</summary>
    string Name { get; }

    /// <summary>How many query rows one <see cref="SortByDistance"/> call should take, so memory stays O(tile × train).</summary>
    int PreferredQueryTile { get; }

    /// <summary>
    /// For each query row q in [<paramref name="queryStart"/>, <paramref name="queryStart"/> + <paramref name="queryCount"/>),
    /// writes into <paramref name="order"/>[(q − queryStart) × train.Count ..] the indices of all training rows
    /// sorted by ascending squared Euclidean distance to q, ties broken by lower index.
    /// </summary>
    /// <param name="train">Rows to order; same feature count as <paramref name="queries"/>.</param>
    /// <param name="queries">Rows to measure from.</param>
    /// <param name="queryStart">First query row.</param>
    /// <param name="queryCount">Number of query rows.</param>
    /// <param name="order">Destination of length queryCount × train.Count.</param>
    void SortByDistance(SampleSet train, SampleSet queries, int queryStart, int queryCount, Span<int> order);
}
