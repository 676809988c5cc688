using SampleImportance.Abstractions;

namespace SampleImportance.Kernels;

/// <summary>Argument checks shared by every backend, so they all reject the same calls the same way.</summary>
internal static class KernelArguments
{
    /// <summary>Throws when the arguments of <see cref="IComputeBackend.SortByDistance"/> do not fit together.</summary>
    public static void ValidateSort(SampleSet train, SampleSet queries, int queryStart, int queryCount, int orderLength) =>
        ValidateQueries(train, queries, queryStart, queryCount, train.Count, orderLength, "order");

    /// <summary>
    /// Throws when the arguments of <see cref="IComputeBackend.NearestNeighbours"/> do not fit together;
    /// returns min(k, train.Count), the neighbours written per query.
    /// </summary>
    public static int ValidateNeighbours(SampleSet train, SampleSet queries, int queryStart, int queryCount, int k, int neighboursLength)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var kept = Math.Min(k, train.Count);
        ValidateQueries(train, queries, queryStart, queryCount, kept, neighboursLength, "neighbours");
        return kept;
    }

    /// <summary>Throws when the arguments of <see cref="IKnnShapleyKernel.AddKnnShapley"/> do not fit together.</summary>
    public static void ValidateKnnShapley(SampleSet train, SampleSet queries, int queryStart, int queryCount, int k, int valuesLength)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ValidateQueries(train, queries, queryStart, queryCount, 0, 0, "values");
        if (valuesLength != train.Count)
        {
            throw new ArgumentException($"The accumulator holds {valuesLength} values but there are {train.Count} training rows.", "values");
        }
    }

    /// <summary>Throws when the arguments of <see cref="IComputeBackend.DotProducts"/> do not fit together.</summary>
    public static void ValidateDotProducts(int leftLength, int leftRows, int rightLength, int rightRows, int width, int productsLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(leftRows);
        ArgumentOutOfRangeException.ThrowIfNegative(rightRows);
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        if (leftLength < (long)leftRows * width)
        {
            throw new ArgumentException($"Left holds {leftLength} values but {leftRows} rows × {width} are read.", "left");
        }

        if (rightLength < (long)rightRows * width)
        {
            throw new ArgumentException($"Right holds {rightLength} values but {rightRows} rows × {width} are read.", "right");
        }

        if (productsLength < (long)leftRows * rightRows)
        {
            throw new ArgumentException(
                $"The destination holds {productsLength} values but {leftRows} × {rightRows} are written.",
                "products");
        }
    }

    private static void ValidateQueries(SampleSet train, SampleSet queries, int queryStart, int queryCount, int perQuery, int destinationLength, string destination)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(queries);
        if (train.FeatureCount != queries.FeatureCount)
        {
            throw new ArgumentException(
                $"Training rows have {train.FeatureCount} features but query rows have {queries.FeatureCount}.",
                nameof(queries));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(queryStart);
        ArgumentOutOfRangeException.ThrowIfNegative(queryCount);
        if ((long)queryStart + queryCount > queries.Count)
        {
            throw new ArgumentOutOfRangeException(
                nameof(queryCount),
                $"Query rows [{queryStart}, {(long)queryStart + queryCount}) exceed the {queries.Count} rows available.");
        }

        var needed = (long)queryCount * perQuery;
        if (needed > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(queryCount),
                $"{queryCount} queries × {perQuery} results do not fit one span; use smaller tiles.");
        }

        if (destinationLength < needed)
        {
            throw new ArgumentException(
                $"The destination holds {destinationLength} indices but {queryCount} × {perQuery} = {needed} are written.",
                destination);
        }
    }
}
