using SampleImportance.Abstractions;
using SampleImportance.Sdk.Truncation;

namespace SampleImportance.Sdk.Sampling;

/// <summary>
/// Walks a permutation's prefixes (pyDVL <c>PermutationEvaluationStrategy</c>): the player at position j gets
/// c(n, j)·[U(first j + 1) − U(first j)], so a permutation costs n − 1 evaluations (U(N) and U(∅) are evaluated once per
/// run). After each prefix the truncation rule may end the walk; the remaining players then get 0. With
/// <see cref="EvaluationSetup.WarmStart"/>, each prefix after the first is fitted from the fit of the prefix before it
/// (one row away, a few Newton steps from its own optimum), so its value matches a cold fit up to the model's tolerance.
/// </summary>
public sealed class PermutationStrategy : IEvaluationStrategy
{
    private readonly IPermutationSampler _sampler;
    private readonly IUtility _utility;
    private readonly ITruncationRule _truncation;
    private readonly double[] _coefficients;
    private readonly RunningMoments _moments;
    private readonly int[] _permutation;
    private readonly double[] _contributions;
    private readonly bool _warmStart;
    private double _total;
    private double _empty;
    private bool _started;

    /// <summary>Creates the strategy.</summary>
    /// <param name="sampler">Draws the permutations.</param>
    /// <param name="setup">Utility, semivalue and truncation.</param>
    public PermutationStrategy(IPermutationSampler sampler, EvaluationSetup setup)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        ArgumentNullException.ThrowIfNull(setup);
        _sampler = sampler;
        _utility = setup.Utility;
        _truncation = setup.Truncation;
        _warmStart = setup.WarmStart;
        var n = _utility.PlayerCount;
        _coefficients = SemivalueCoefficients.Table(setup.Semivalue, sampler, n);
        _moments = new RunningMoments(n);
        _permutation = new int[n];
        _contributions = new double[n];
    }

    /// <inheritdoc/>
    public long Updates { get; private set; }

    /// <inheritdoc/>
    public long TruncatedContributions { get; private set; }

    /// <inheritdoc/>
    public void Step(CancellationToken cancellationToken)
    {
        var n = _permutation.Length;
        if (!_started)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _total = _utility.Evaluate(Enumerable.Range(0, n).ToArray());
            _empty = _utility.Evaluate([]);
            _started = true;
        }

        _sampler.Next(_permutation);
        _truncation.Reset(_total);
        var previous = _empty;
        var truncated = 0;
        for (var j = 0; j < n; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The full set's utility is already known: skip its evaluation.
            var current = j == n - 1 ? _total
                : _warmStart && j > 0 ? _utility.EvaluateWarmStarted(_permutation.AsSpan(0, j + 1), _permutation.AsSpan(0, j))
                : _utility.Evaluate(_permutation.AsSpan(0, j + 1));
            _contributions[_permutation[j]] = _coefficients[j] * (current - previous);
            previous = current;
            if (j < n - 1 && _truncation.ShouldTruncate(current))
            {
                for (var rest = j + 1; rest < n; rest++)
                {
                    _contributions[_permutation[rest]] = 0.0;
                }

                truncated = n - 1 - j;
                break;
            }
        }

        _moments.AddAll(_contributions);
        TruncatedContributions += truncated;
        Updates++;
    }

    /// <inheritdoc/>
    public void WriteEstimate(Span<double> values, Span<double> standardErrors) => _moments.WriteMeans(values, standardErrors);
}
