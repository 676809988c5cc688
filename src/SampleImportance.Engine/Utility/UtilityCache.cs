using System.Collections.Concurrent;

namespace SampleImportance.Engine.Utility;

/// <summary>
/// Utility evaluations of a whole run, addressed by content: (dataset fingerprint, model plugin + parameters,
/// metric, seed) and the subset. Every estimator of the run shares it, so a subset one estimator trained on
/// is never retrained for another. Thread-safe.
/// </summary>
public sealed class UtilityCache
{
    private readonly ConcurrentDictionary<(string Context, SubsetKey Subset), double> _values = new();
    private long _hits;
    private long _misses;

    /// <param name="maxEntries">Entries kept at most; later evaluations are computed but not stored (default 2,000,000).</param>
    public UtilityCache(int maxEntries = 2_000_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 0);
        MaxEntries = maxEntries;
    }

    public int MaxEntries { get; }

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public int Count => _values.Count;

    internal double GetOrAdd(string context, SubsetKey subset, Func<SubsetKey, double> evaluate)
    {
        if (_values.TryGetValue((context, subset), out var value))
        {
            Interlocked.Increment(ref _hits);
            return value;
        }

        Interlocked.Increment(ref _misses);
        value = evaluate(subset);
        if (_values.Count < MaxEntries)
        {
            _values.TryAdd((context, subset), value);
        }

        return value;
    }
}
