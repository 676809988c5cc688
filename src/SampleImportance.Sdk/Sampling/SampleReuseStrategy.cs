using SampleImportance.Abstractions;

namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// Maximum sample reuse (Wang &amp; Jia 2023, Algorithm 1; pyDVL <c>MSREvaluationStrategy</c>): one evaluation U(S) per
/// step feeds every player, into the "in" mean of the players in S (weighted by c(n, |S| − 1)) or the "out" mean of
/// the others (weighted by c(n, |S|)). v(i) = mean_in − mean_out; its standard error is √(s²_in/m_in + s²_out/m_out),
/// NaN until both sides have two observations. Truncation does not apply. With <see cref="EvaluationSetup.WarmStart"/>,
/// each S is fitted from the fit of all players (<see cref="IUtility.EvaluateWarmStarted"/>; the utility fits that start
/// once): a random half is far closer to the full-data optimum than a cold start is, so the fit needs fewer steps, and
/// the value still depends on S only (the start never changes), matching a cold fit up to the model's tolerance.
/// </summary>
public sealed class SampleReuseStrategy : IEvaluationStrategy
{
    private readonly ISubsetSampler _sampler;
    private readonly IUtility _utility;
    private readonly double[] _coefficients;
    private readonly RunningMoments _in;
    private readonly RunningMoments _out;
    private readonly int[] _subset;
    private readonly bool[] _member;

    // All players: the warm start of every sample, or null for cold fits.
    private readonly int[]? _all;

    /// <summary>Creates the strategy.</summary>
    /// <param name="sampler">Draws the subsets.</param>
    /// <param name="setup">Utility and semivalue; the truncation rule is ignored.</param>
    public SampleReuseStrategy(ISubsetSampler sampler, EvaluationSetup setup)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        ArgumentNullException.ThrowIfNull(setup);
        _sampler = sampler;
        _utility = setup.Utility;
        var n = _utility.PlayerCount;
        _coefficients = SemivalueCoefficients.Table(setup.Semivalue, sampler, n);
        _in = new RunningMoments(n);
        _out = new RunningMoments(n);
        _subset = new int[n];
        _member = new bool[n];
        _all = setup.WarmStart ? Enumerable.Range(0, n).ToArray() : null;
    }

    /// <inheritdoc/>
    public long Updates { get; private set; }

    /// <inheritdoc/>
    public long TruncatedContributions => 0;

    /// <inheritdoc/>
    public void Step(CancellationToken cancellationToken)
    {
        var n = _member.Length;
        cancellationToken.ThrowIfCancellationRequested();
        var size = _sampler.Next(n, _subset);
        var subset = _subset.AsSpan(0, size);
        var utility = _all is null ? _utility.Evaluate(subset) : _utility.EvaluateWarmStarted(subset, _all);
        Array.Clear(_member);
        foreach (var player in subset)
        {
            _member[player] = true;
        }

        for (var player = 0; player < n; player++)
        {
            if (_member[player])
            {
                _in.Add(player, _coefficients[size - 1] * utility);
            }
            else
            {
                _out.Add(player, _coefficients[size] * utility);
            }
        }

        Updates++;
    }

    /// <inheritdoc/>
    public void WriteEstimate(Span<double> values, Span<double> standardErrors)
    {
        for (var i = 0; i < _in.Length; i++)
        {
            values[i] = _in.Mean(i) - _out.Mean(i);
            var variance = (_in.Variance(i) / _in.Count(i)) + (_out.Variance(i) / _out.Count(i));
            standardErrors[i] = Math.Sqrt(variance);
        }
    }
}
