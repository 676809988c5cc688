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
    private static readonly ConcurrentDictionary<string, Action> Targets = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<string?> PendingKey = new();

    /// <summary>The key of the target being measured (set by BenchmarkDotNet from <see cref="Keys"/>).</summary>
    [ParamsSource(nameof(Keys))]
    public string Key { get; set; } = string.Empty;

    /// <summary>The one key of the current measurement.</summary>
    public static IEnumerable<string> Keys => PendingKey.Value is { } key ? [key] : [];

    [Benchmark]
    public void Run() => Targets[Key]();

    internal static IDisposable Register(string key, Action target)
    {
        if (!Targets.TryAdd(key, target))
        {
            throw new InvalidOperationException($"A timing target '{key}' is already registered.");
        }

        PendingKey.Value = key;
        return new Registration(key);
    }

    private sealed class Registration(string key) : IDisposable
    {
        public void Dispose()
        {
            Targets.TryRemove(key, out _);
            PendingKey.Value = null;
        }
    }
}
