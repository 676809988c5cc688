namespace SampleImportance.Suites;

/// <summary>The stable identity of one cell: suite × dataset × corruption × model × estimator × seed.</summary>
public sealed record CellKey(string Dataset, string Corruption, string Model, string Estimator, int Seed)
{
    /// <summary>Path-like id, e.g. <c>clicks/fake-clicks(0.1)/knn/knn-shapley/1</c>.</summary>
    public string Id => FormattableString.Invariant($"{Dataset}/{Corruption}/{Model}/{Estimator}/{Seed}");

    public override string ToString() => Id;
}
