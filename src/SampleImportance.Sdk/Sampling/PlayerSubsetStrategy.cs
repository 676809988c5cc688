using SampleImportance.Abstractions;

namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// Sweeps the players (pyDVL powerset strategy with sequential index iteration): for each player i, draw S ⊆ N∖{i} and
/// record c(n, |S|)·[U(S ∪ {i}) − U(S)]. One step gives every player one contribution for 2n evaluations (fewer when
/// the host's cache hits). Truncation does not apply. With <see cref="EvaluationSetup.WarmStart"/>, U(S ∪ {i}) is fitted
/// from the fit of S just evaluated (<see cref="IUtility.EvaluateWarmStarted"/>; one row away, a few steps from its own
/// optimum), so its value matches a cold fit up to the model's tolerance.
/// </summary>
public sealed class PlayerSubsetStrategy : IEvaluationStrategy
{
    private readonly IPlayerSubsetSampler _sampler;
    private readonly IUtility _utility;
    private readonly double[] _coefficients;
    private readonly RunningMoments _moments;
    private readonly int[] _subset;
    private readonly double[] _contributions;
    private readonly bool _warmStart;

    /// <summary>Creates the strategy.</summary>
    /// <param name="sampler">Draws each player's context.</param>
    /// <param name="setup">Utility and semivalue; the truncation rule is ignored.</param>
    public PlayerSubsetStrategy(IPlayerSubsetSampler sampler, EvaluationSetup setup)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        ArgumentNullException.ThrowIfNull(setup);
        _sampler = sampler;
        _utility = setup.Utility;
        var n = _utility.PlayerCount;
        _coefficients = SemivalueCoefficients.Table(setup.Semivalue, sampler, n);
        _moments = new RunningMoments(n);
        _subset = new int[n];
        _contributions = new double[n];
        _warmStart = setup.WarmStart;
    }

    /// <inheritdoc/>
    public long Updates { get; private set; }

    /// <inheritdoc/>
    public long TruncatedContributions => 0;

    /// <inheritdoc/>
    public void Step(CancellationToken cancellationToken)
    {
        var n = _contributions.Length;
        for (var player = 0; player < n; player++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var size = _sampler.Next(player, n, _subset);
            var without = _utility.Evaluate(_subset.AsSpan(0, size));
            _subset[size] = player;
            var with = _warmStart
                ? _utility.EvaluateWarmStarted(_subset.AsSpan(0, size + 1), _subset.AsSpan(0, size))
                : _utility.Evaluate(_subset.AsSpan(0, size + 1));
            _contributions[player] = _coefficients[size] * (with - without);
        }

        _moments.AddAll(_contributions);
        Updates++;
    }

    /// <inheritdoc/>
    public void WriteEstimate(Span<double> values, Span<double> standardErrors) => _moments.WriteMeans(values, standardErrors);
}
