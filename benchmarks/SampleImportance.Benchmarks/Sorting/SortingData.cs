using SampleImportance.Abstractions;
using SampleImportance.Benchmarks.Data;

namespace SampleImportance.Benchmarks.Sorting;

/// <summary>Training rows and one tile of queries for the sort benchmarks, from a fixed seed.</summary>
internal sealed class SortingData
{
    /// <summary>Seed of the generator (training rows first, then queries).</summary>
    public const int Seed = 64_050_000;

    public SortingData(int trainCount, int queryCount, int featureCount)
    {
        var random = new Random(Seed);
        Train = SyntheticRows.Create(trainCount, featureCount, random).ToSampleSet();
        Queries = SyntheticRows.Create(queryCount, featureCount, random).ToSampleSet();
    }

    public SampleSet Train { get; }

    public SampleSet Queries { get; }

    /// <summary>A destination for the whole tile.</summary>
    public int[] NewOrder() => new int[Train.Count * Queries.Count];

    /// <summary>Throws unless every backend orders the tile exactly like the naive baseline: a fast wrong kernel is worthless.</summary>
    public void RequireSameOrderAsBaseline(params (string Name, IComputeBackend Backend)[] backends)
    {
        var expected = NewOrder();
        NaiveScalarSorter.SortByDistance(Train, Queries, 0, Queries.Count, expected);
        foreach (var (name, backend) in backends)
        {
            var actual = NewOrder();
            backend.SortByDistance(Train, Queries, 0, Queries.Count, actual);
            var mismatch = expected.AsSpan().CommonPrefixLength(actual);
            if (mismatch != expected.Length)
            {
                throw new InvalidOperationException(
                    $"{name}: ordering differs from the naive baseline at position {mismatch} of {expected.Length}.");
            }
        }
    }
}
