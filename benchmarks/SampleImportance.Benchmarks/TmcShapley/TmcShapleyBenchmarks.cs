using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace SampleImportance.Benchmarks.TmcShapley;

/// <summary>
/// Issue 8's retraining protocol (<see cref="TmcProtocol"/>): TMC-Shapley + logistic-regression on 400 × 30, each prefix
/// fitted cold (the baseline) or warm-started from the previous prefix's fit, through the host's cached utility. Every
/// setup first checks that warm and cold values agree within <see cref="Tolerance"/>; the cold setup also runs the
/// scikit-learn loop, whose rate the summary shows beside ours. The job is in
/// <see cref="TmcShapleyConfig"/>.
/// </summary>
[Config(typeof(TmcShapleyConfig))]
[MemoryDiagnoser]
public class TmcShapleyBenchmarks
{
    /// <summary>Permutations per invocation: P·(n − 1) + 2 utility evaluations.</summary>
    public const int Permutations = 2;

    /// <summary>Permutations of the scikit-learn loop (its rate is per evaluation, so fewer suffice).</summary>
    public const int PeerPermutations = 1;

    /// <summary>Largest |warm − cold| allowed between the values (the README's stated tolerance).</summary>
    public const double Tolerance = 1e-6;

    private TmcProtocol? _protocol;

    private TmcProtocol Protocol => _protocol ?? throw new InvalidOperationException("GlobalSetup has not run.");

    /// <summary>Prepares the data and checks warm against cold values.</summary>
    [GlobalSetup(Target = nameof(Ours_Warm))]
    public void Setup()
    {
        _protocol = TmcProtocol.Create();
        var cold = _protocol.Run(Permutations, warmStart: false).Values;
        var warm = _protocol.Run(Permutations, warmStart: true).Values;
        var difference = cold.Zip(warm, (c, w) => Math.Abs(c - w)).Max();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// warm vs cold: max |difference| = {difference:E2}, max |value| = {cold.Max(Math.Abs):E2}"));
        if (!(difference <= Tolerance))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Warm-started values differ from cold fits by {difference:E3} > {Tolerance:E0}."));
        }
    }

    /// <summary>As <see cref="Setup"/>, then the scikit-learn loop.</summary>
    [GlobalSetup(Target = nameof(Ours_Cold))]
    public void SetupWithPeer()
    {
        Setup();
        SklearnTmcPeer.Measure(Protocol, PeerPermutations);
    }

    /// <summary>Every prefix fitted cold (today's path).</summary>
    [Benchmark(Baseline = true)]
    public double Ours_Cold() => Protocol.Run(Permutations, warmStart: false).Values[0];

    /// <summary>Every prefix after the first warm-started from the previous prefix's fit.</summary>
    [Benchmark]
    public double Ours_Warm() => Protocol.Run(Permutations, warmStart: true).Values[0];
}
