namespace SampleImportance.Conformance.Games;

/// <summary>
/// The airport game (Littlechild &amp; Owen 1973; Castro et al. 2009, §4.3): player i needs a runway of cost cᵢ and
/// U(S) = max_{i∈S} cᵢ (0 for ∅), the cost of the runway S needs.
/// </summary>
public sealed class AirportGame : Game
{
    private readonly double[] _costs;

    /// <summary>Creates the game.</summary>
    /// <param name="costs">One non-negative cost per player, in any order.</param>
    public AirportGame(params double[] costs)
        : base(costs?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(costs);
        _costs = costs.ToArray();
    }

    /// <inheritdoc/>
    public override double Value(bool[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var max = 0.0;
        for (var i = 0; i < members.Length; i++)
        {
            max = members[i] ? Math.Max(max, _costs[i]) : max;
        }

        return max;
    }

    /// <summary>
    /// The Littlechild–Owen closed form: with the costs sorted c₍₁₎ ≤ … ≤ c₍ₙ₎ and c₍₀₎ = 0, the player at rank k pays
    /// Σ_{j ≤ k} (c₍ⱼ₎ − c₍ⱼ₋₁₎)/(n − j + 1): each runway segment is shared equally by everyone who needs it.
    /// </summary>
    public double[] ShapleyValues()
    {
        var n = _costs.Length;
        var order = Enumerable.Range(0, n).OrderBy(i => _costs[i]).ToArray();
        var values = new double[n];
        var share = 0.0;
        var previous = 0.0;
        for (var rank = 0; rank < n; rank++)
        {
            var cost = _costs[order[rank]];
            share += (cost - previous) / (n - rank);
            previous = cost;
            values[order[rank]] = share;
        }

        return values;
    }
}
