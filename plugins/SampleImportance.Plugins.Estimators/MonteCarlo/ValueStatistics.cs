namespace SampleImportance.Plugins.Estimators.MonteCarlo;

/// <summary>Running mean and variance (Welford) of each row's marginal contributions, one update per sample drawn.</summary>
internal sealed class ValueStatistics
{
    private readonly double[] _mean;
    private readonly double[] _m2;

    public ValueStatistics(int count)
    {
        _mean = new double[count];
        _m2 = new double[count];
    }

    /// <summary>Updates folded in (completed permutations).</summary>
    public int Updates { get; private set; }

    public int Length => _mean.Length;

    public ReadOnlySpan<double> Means => _mean;

    /// <summary>Adds one contribution per row.</summary>
    public void Add(ReadOnlySpan<double> contributions)
    {
        Updates++;
        for (var i = 0; i < _mean.Length; i++)
        {
            var delta = contributions[i] - _mean[i];
            _mean[i] += delta / Updates;
            _m2[i] += delta * (contributions[i] - _mean[i]);
        }
    }

    /// <summary>Sample standard deviation of the contributions over √updates; NaN before two updates.</summary>
    public double StandardError(int index) =>
        Updates < 2 ? double.NaN : Math.Sqrt(_m2[index] / (Updates - 1) / Updates);
}
