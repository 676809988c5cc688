using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;

namespace SampleImportance.Timing;

/// <summary>
/// The benchmark type BenchmarkDotNet runs in process. The host owns it: each cell registers its estimator run as a
/// target and BenchmarkDotNet receives the target's key through <see cref="ParamsSourceAttribute"/>. Public and not
/// sealed because BenchmarkDotNet requires it.
/// </summary>
public class EstimatorRunBenchmark
{
    private static readonly ConcurrentDictionary<string, Registration> Targets = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<string?> PendingKey = new();

    /// <summary>The key of the target being measured (set by BenchmarkDotNet from <see cref="Keys"/>).</summary>
    [ParamsSource(nameof(Keys))]
    public string Key { get; set; } = string.Empty;

    /// <summary>The one key of the current measurement.</summary>
    public static IEnumerable<string> Keys => PendingKey.Value is { } key ? [key] : [];

    /// <summary>Runs the target once, recording the process CPU time it took (every invocation, in call order).</summary>
    [Benchmark]
    public void Run() => Targets[Key].Invoke();

    internal static Registration Register(string key, Action target, Func<TimeSpan> cpuClock)
    {
        var registration = new Registration(key, target, cpuClock);
        if (!Targets.TryAdd(key, registration))
        {
            throw new InvalidOperationException($"A timing target '{key}' is already registered.");
        }

        PendingKey.Value = key;
        return registration;
    }

    /// <summary>A registered target and the CPU time of each of its invocations.</summary>
    internal sealed class Registration(string key, Action target, Func<TimeSpan> cpuClock) : IDisposable
    {
        private readonly List<double> _cpuSeconds = [];

        /// <summary>Process CPU seconds of every invocation (jitting, warm-up, measured and BenchmarkDotNet's extra ones), in call order.</summary>
        public IReadOnlyList<double> CpuSeconds => _cpuSeconds;

        public void Invoke()
        {
            var before = cpuClock();
            target();
            _cpuSeconds.Add((cpuClock() - before).TotalSeconds);
        }

        public void Dispose()
        {
            Targets.TryRemove(key, out _);
            PendingKey.Value = null;
        }
    }
}
