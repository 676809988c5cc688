namespace SampleImportance.Sdk.Stopping;

/// <summary>The last few value vectors, one per update seen (a repeated check of the same update is not recorded twice).</summary>
internal sealed class ValueHistory
{
    private readonly int _capacity;
    private double[][] _slots = [];
    private int _next;
    private long _lastUpdates = -1;

    public ValueHistory(int capacity) => _capacity = capacity;

    /// <summary>Snapshots recorded, at most the capacity.</summary>
    public int Count { get; private set; }

    /// <summary>Records the state's values unless this update was already recorded.</summary>
    public void Record(MonteCarloState state)
    {
        if (state.Updates == _lastUpdates)
        {
            return;
        }

        _lastUpdates = state.Updates;
        if (_slots.Length == 0)
        {
            _slots = new double[_capacity][];
            for (var i = 0; i < _capacity; i++)
            {
                _slots[i] = new double[state.PlayerCount];
            }
        }

        state.Values.CopyTo(_slots[_next]);
        _next = (_next + 1) % _capacity;
        Count = Math.Min(Count + 1, _capacity);
    }

    /// <summary>The snapshot <paramref name="back"/> records before the latest (0 = the latest).</summary>
    public ReadOnlySpan<double> Back(int back)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(back, Count);
        return _slots[(((_next - 1 - back) % _capacity) + _capacity) % _capacity];
    }
}
