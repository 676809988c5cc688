namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// Running count, mean and variance of one stream of observations per player (Welford 1962): numerically stable and
/// online, so an estimate is available after every update and memory stays O(players).
/// </summary>
public sealed class RunningMoments
{
    private readonly long[] _count;
    private readonly double[] _mean;
    private readonly double[] _m2;

    /// <summary>Creates empty statistics.</summary>
    /// <param name="length">Number of streams (players).</param>
    public RunningMoments(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _count = new long[length];
        _mean = new double[length];
        _m2 = new double[length];
    }

    /// <summary>Number of streams.</summary>
    public int Length => _mean.Length;

    /// <summary>Adds one observation to stream <paramref name="index"/>.</summary>
    /// <param name="index">The stream.</param>
    /// <param name="value">The observation.</param>
    public void Add(int index, double value)
    {
        var count = ++_count[index];
        var delta = value - _mean[index];
        _mean[index] += delta / count;
        _m2[index] += delta * (value - _mean[index]);
    }

    /// <summary>Adds one observation to every stream.</summary>
    /// <param name="values">One observation per stream.</param>
    public void AddAll(ReadOnlySpan<double> values)
    {
        if (values.Length != Length)
        {
            throw new ArgumentException("Expected one observation per stream.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            Add(i, values[i]);
        }
    }

    /// <summary>Observations in stream <paramref name="index"/>.</summary>
    /// <param name="index">The stream.</param>
    public long Count(int index) => _count[index];

    /// <summary>Mean of stream <paramref name="index"/>; 0 while empty.</summary>
    /// <param name="index">The stream.</param>
    public double Mean(int index) => _mean[index];

    /// <summary>Sample variance (n − 1 denominator) of stream <paramref name="index"/>; NaN before two observations.</summary>
    /// <param name="index">The stream.</param>
    public double Variance(int index) => _count[index] < 2 ? double.NaN : _m2[index] / (_count[index] - 1);

    /// <summary>Standard error of the mean, √(variance / count); NaN before two observations.</summary>
    /// <param name="index">The stream.</param>
    public double StandardError(int index) => Math.Sqrt(Variance(index) / _count[index]);

    /// <summary>Writes each stream's mean and standard error: the estimate of strategies that average one contribution per player.</summary>
    internal void WriteMeans(Span<double> means, Span<double> standardErrors)
    {
        for (var i = 0; i < Length; i++)
        {
            means[i] = Mean(i);
            standardErrors[i] = StandardError(i);
        }
    }
}
