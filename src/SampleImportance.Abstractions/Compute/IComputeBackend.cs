namespace SampleImportance.Abstractions;

/// <summary>
/// The compute backend estimators and models run their heavy kernels on, so no plugin re-implements distances or
/// dot products. Every backend returns exactly the same orderings for the same input (distances in float, summed
/// feature by feature in order, no fused multiply-add; ties broken by the lower training index). Owned by the host,
/// which disposes it when the run ends.
/// </summary>
public interface IComputeBackend : IDisposable
{
    /// <summary>Backend name recorded in results: <c>cpu-simd</c>, <c>ilgpu-cuda</c>, <c>ilgpu-opencl</c> or <c>ilgpu-cpu</c>.</summary>
    string Name { get; }

    /// <summary>How many query rows one call should take, so memory stays O(tile × train).</summary>
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

    /// <summary>
    /// The first min(<paramref name="k"/>, train.Count) entries of <see cref="SortByDistance"/>'s order for each query
    /// row, written at (q − queryStart) × min(k, train.Count): the same neighbours, the same tie rule, without a full sort.
    /// </summary>
    /// <param name="train">Rows to search.</param>
    /// <param name="queries">Rows to measure from.</param>
    /// <param name="queryStart">First query row.</param>
    /// <param name="queryCount">Number of query rows.</param>
    /// <param name="k">Neighbours per query (at least 1).</param>
    /// <param name="neighbours">Destination of length queryCount × min(k, train.Count).</param>
    void NearestNeighbours(SampleSet train, SampleSet queries, int queryStart, int queryCount, int k, Span<int> neighbours);

    /// <summary>
    /// products[i × rightRows + j] = Σₖ left[i × width + k] · right[j × width + k]: one tile of a gradient Gram matrix
    /// (train gradients × validation gradients), in double, summed in order of k.
    /// </summary>
    /// <param name="left">Row-major leftRows × width.</param>
    /// <param name="leftRows">Rows of <paramref name="left"/>.</param>
    /// <param name="right">Row-major rightRows × width.</param>
    /// <param name="rightRows">Rows of <paramref name="right"/>.</param>
    /// <param name="width">Shared row length.</param>
    /// <param name="products">Destination, leftRows × rightRows.</param>
    void DotProducts(ReadOnlySpan<double> left, int leftRows, ReadOnlySpan<double> right, int rightRows, int width, Span<double> products);
}
