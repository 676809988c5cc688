using SampleImportance.Abstractions;

namespace SampleImportance.Kernels;

/// <summary>Argument checks shared by every backend, so they all reject the same calls the same way.</summary>
internal static class SortRequest
{
    /// <summary>Throws when the arguments of <see cref="IComputeBackend.SortByDistance"/> do not fit together.</summary>
    public static void Validate(SampleSet train, SampleSet queries, int queryStart, int queryCount, int orderLength)
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

        var needed = (long)queryCount * train.Count;
        if (needed > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(queryCount),
                $"{queryCount} queries × {train.Count} training rows do not fit one span; use smaller tiles.");
        }

        if (orderLength < needed)
        {
            throw new ArgumentException(
                $"The destination holds {orderLength} indices but {queryCount} × {train.Count} = {needed} are written.",
                "order");
        }
    }
}
