namespace SampleImportance.Abstractions;

/// <summary>
/// An optional capability of an <see cref="IComputeBackend"/>: exact KNN-Shapley (Jia et al. 2019) computed where the
/// data lives, so a device backend returns n values per call instead of queryCount × n sorted indices. Estimators
/// test for it (<c>backend is IKnnShapleyKernel</c>) and fall back to <see cref="IComputeBackend.SortByDistance"/>
/// when it is absent. Results are deterministic: the same call gives the same bits every run.
/// </summary>
public interface IKnnShapleyKernel
{
    /// <summary>
    /// For every training row i, adds Σ_q s_q(i) into <paramref name="values"/>[i], q in order over
    /// [<paramref name="queryStart"/>, <paramref name="queryStart"/> + <paramref name="queryCount"/>), where s_q is the
    /// query's exact KNN-Shapley vector for the exact label match 1[y_i = y_q]: rows sorted by the same ordering as
    /// <see cref="IComputeBackend.SortByDistance"/>, s at the farthest rank N = m_N·min(K, N)/(N·K), and
    /// s at rank i = s at rank i + 1 + (m_i − m_(i+1))·min(K, i)/(i·K). Not divided by the number of queries.
    /// </summary>
    /// <param name="train">Rows valued; same feature count as <paramref name="queries"/>.</param>
    /// <param name="queries">Validation rows (features and labels).</param>
    /// <param name="queryStart">First query row.</param>
    /// <param name="queryCount">Number of query rows.</param>
    /// <param name="k">Neighbours K (at least 1).</param>
    /// <param name="values">Accumulator of length train.Count; the sums are added to what it holds.</param>
    void AddKnnShapley(SampleSet train, SampleSet queries, int queryStart, int queryCount, int k, Span<double> values);
}
