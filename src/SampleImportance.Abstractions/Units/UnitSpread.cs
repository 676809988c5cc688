namespace SampleImportance.Abstractions;

/// <summary>How a unit's value is given to its rows.</summary>
public enum UnitSpread
{
    /// <summary>Every row gets the unit's whole value (ranks rows as their units rank).</summary>
    Each,

    /// <summary>Every row gets an equal share, so row values sum to the unit's value.</summary>
    Share,
}
