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

    /// <summary>Before each iteration: runs the interleaved reference, if any, ahead of even-numbered invocations.</summary>
    [IterationSetup]
    public void BeforeIteration() => Targets[Key].BeforeInvocation();

    /// <summary>After each iteration: runs the interleaved reference, if any, after odd-numbered invocations.</summary>
    [IterationCleanup]
    public void AfterIteration() => Targets[Key].AfterInvocation();

    internal static Registration Register(string key, Action target, Func<TimeSpan> cpuClock, Action? reference = null)
    {
        var registration = new Registration(key, target, cpuClock, reference);
        if (!Targets.TryAdd(key, registration))
        {
            throw new InvalidOperationException($"A timing target '{key}' is already registered.");
        }

        PendingKey.Value = key;
        return registration;
    }

    /// <summary>
    /// A registered target, the CPU time of each of its invocations and, with a reference, the reference's wall and CPU
    /// time next to each invocation. The reference runs outside the measured region (iteration setup or cleanup), in the
    /// order A B B A A B B A …: right before even invocations and right after odd ones, so each invocation has its own
    /// reference run beside it in time and neither side always goes first (a cache warmed by the other side favours
    /// both equally).
    /// </summary>
    internal sealed class Registration(string key, Action target, Func<TimeSpan> cpuClock, Action? reference) : IDisposable
    {
        private readonly List<double> _cpuSeconds = [];
        private readonly Dictionary<int, (double Wall, double Cpu)> _reference = [];

        /// <summary>Process CPU seconds of every invocation (jitting, warm-up, measured and BenchmarkDotNet's extra ones), in call order.</summary>
        public IReadOnlyList<double> CpuSeconds => _cpuSeconds;

        /// <summary>Whether a reference is interleaved.</summary>
        public bool HasReference => reference is not null;

        /// <summary>The reference run beside invocation <paramref name="invocation"/> (0-based, call order), if one ran.</summary>
        public bool TryGetReference(int invocation, out (double Wall, double Cpu) sample) => _reference.TryGetValue(invocation, out sample);

        public void Invoke()
        {
            var before = cpuClock();
            target();
            _cpuSeconds.Add((cpuClock() - before).TotalSeconds);
        }

        public void BeforeInvocation()
        {
            if (_cpuSeconds.Count % 2 == 0)
            {
                RunReference(_cpuSeconds.Count);
            }
        }

        public void AfterInvocation()
        {
            var last = _cpuSeconds.Count - 1;
            if (last >= 0 && last % 2 == 1 && !_reference.ContainsKey(last))
            {
                RunReference(last);
            }
        }

        private void RunReference(int invocation)
        {
            if (reference is null)
            {
                return;
            }

            var cpu = cpuClock();
            var wall = System.Diagnostics.Stopwatch.GetTimestamp();
            reference();
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(wall).TotalSeconds;
            _reference[invocation] = (elapsed, (cpuClock() - cpu).TotalSeconds);
        }

        public void Dispose()
        {
            Targets.TryRemove(key, out _);
            PendingKey.Value = null;
        }
    }
}
