namespace SampleImportance.Plugins.Models.Knn;

/// <summary>
/// The K smallest (distance, position) pairs seen so far, kept sorted. Candidates are offered in ascending
/// position, so a strict comparison makes the earlier position win a distance tie.
/// </summary>
internal sealed class NeighbourBuffer
{
    private readonly float[] _distances;

    public NeighbourBuffer(int k)
    {
        _distances = new float[k];
        Positions = new int[k];
    }

    public int[] Positions { get; }

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    public void Offer(int position, float distance)
    {
        var k = _distances.Length;
        if (Count == k && !(distance < _distances[k - 1]))
        {
            return;
        }

        var slot = Count < k ? Count++ : k - 1;
        while (slot > 0 && distance < _distances[slot - 1])
        {
            _distances[slot] = _distances[slot - 1];
            Positions[slot] = Positions[slot - 1];
            slot--;
        }

        _distances[slot] = distance;
        Positions[slot] = position;
    }
}
