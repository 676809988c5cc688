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

    /// <summary>Throws unless <paramref name="actual"/> is exactly the baseline ordering.</summary>
    public static void RequireSameOrder(string what, int[] expected, int[] actual)
    {
        var mismatch = expected.AsSpan().CommonPrefixLength(actual);
        if (mismatch != expected.Length || actual.Length != expected.Length)
        {
            throw new InvalidOperationException(
                $"{what}: ordering differs from the naive baseline at position {mismatch} of {expected.Length}.");
        }
    }
}
