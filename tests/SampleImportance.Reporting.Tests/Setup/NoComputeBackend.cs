using SampleImportance.Abstractions;

namespace SampleImportance.Reporting.Tests.Setup;

/// <summary>A backend for runs whose plugins compute nothing on it: every kernel call is a test bug.</summary>
internal sealed class NoComputeBackend : IComputeBackend
{
    public string Name => "none";

    public int PreferredQueryTile => 1;

    public void SortByDistance(SampleSet train, SampleSet queries, int queryStart, int queryCount, Span<int> order) => throw new NotSupportedException();

    public void NearestNeighbours(SampleSet train, SampleSet queries, int queryStart, int queryCount, int k, Span<int> neighbours) => throw new NotSupportedException();

    public void DotProducts(ReadOnlySpan<double> left, int leftRows, ReadOnlySpan<double> right, int rightRows, int width, Span<double> products) => throw new NotSupportedException();

    public void Dispose()
    {
    }
}
