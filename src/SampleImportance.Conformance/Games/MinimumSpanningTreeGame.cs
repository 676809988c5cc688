namespace SampleImportance.Conformance.Games;

/// <summary>
/// The minimum spanning tree cost game (Castro et al. 2009, §4.5): players sit on a cycle, neighbours are joined by an
/// edge of cost <c>neighbourCost</c> (1), every player is joined to a source by an edge of cost <c>sourceCost</c> (101),
/// and no other edges exist. U(S) is the cost of the minimum spanning tree of S ∪ {source}, found by Prim's algorithm.
/// The players are symmetric, so each Shapley value is U(N)/n = (sourceCost + (n − 1)·neighbourCost)/n (2 for Castro's
/// n = 100).
/// </summary>
/// <param name="playerCount">Players on the cycle.</param>
/// <param name="sourceCost">Cost of an edge to the source.</param>
/// <param name="neighbourCost">Cost of an edge between neighbours on the cycle.</param>
public sealed class MinimumSpanningTreeGame(int playerCount, double sourceCost = 101, double neighbourCost = 1) : Game(playerCount)
{
    /// <inheritdoc/>
    public override double Value(bool[] members)
    {
        ArgumentNullException.ThrowIfNull(members);

        // Prim from the source (node n) over the members; d[v] is v's cheapest edge into the tree so far.
        var n = PlayerCount;
        var nodes = Enumerable.Range(0, n).Where(i => members[i]).ToList();
        var distance = nodes.ToDictionary(v => v, _ => sourceCost);
        var total = 0.0;
        while (distance.Count > 0)
        {
            var next = distance.MinBy(p => p.Value);
            total += next.Value;
            distance.Remove(next.Key);
            foreach (var neighbour in new[] { (next.Key + 1) % n, (next.Key + n - 1) % n })
            {
                if (distance.TryGetValue(neighbour, out var d) && neighbourCost < d)
                {
                    distance[neighbour] = neighbourCost;
                }
            }
        }

        return total;
    }

    /// <summary>The closed-form Shapley values: U(N)/n each, by symmetry and efficiency.</summary>
    public double[] ShapleyValues() =>
        Enumerable.Repeat((sourceCost + ((PlayerCount - 1) * neighbourCost)) / PlayerCount, PlayerCount).ToArray();
}
