using SampleImportance.Abstractions;

namespace SampleImportance.Kernels.Tests;

/// <summary>Seeded sample sets for kernel tests.</summary>
internal static class TestSets
{
    /// <summary>Gaussian-ish features around zero with the given spread.</summary>
    public static SampleSet Random(int seed, int rows, int features, float scale = 1f)
    {
        var rng = new Random(seed);
        var values = new float[rows * features];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)((rng.NextDouble() + rng.NextDouble() + rng.NextDouble() - 1.5) * scale);
        }

        return Set(values, features);
    }

    /// <summary>Features drawn from a few integer levels, so many rows are exactly equidistant from a query.</summary>
    public static SampleSet Grid(int seed, int rows, int features, int levels)
    {
        var rng = new Random(seed);
        var values = new float[rows * features];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = rng.Next(levels);
        }

        return Set(values, features);
    }

    /// <summary>A set from row-major values.</summary>
    public static SampleSet Set(float[] values, int features) => new(values, features, new double[values.Length / features]);

    /// <summary>Runs a backend over all query rows in one call.</summary>
    public static int[] Sort(IComputeBackend backend, SampleSet train, SampleSet queries)
    {
        var order = new int[queries.Count * train.Count];
        backend.SortByDistance(train, queries, 0, queries.Count, order);
        return order;
    }

    /// <summary>Runs a backend's nearest-neighbour search over all query rows in one call.</summary>
    public static int[] Neighbours(IComputeBackend backend, SampleSet train, SampleSet queries, int k)
    {
        var neighbours = new int[queries.Count * Math.Min(k, train.Count)];
        backend.NearestNeighbours(train, queries, 0, queries.Count, k, neighbours);
        return neighbours;
    }
}
