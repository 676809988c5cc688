namespace SampleImportance.Conformance;

/// <summary>The Shapley axioms an estimator declares it satisfies (up to its sampling error), checked on games.</summary>
[Flags]
public enum ShapleyAxioms
{
    /// <summary>None is checked.</summary>
    None = 0,

    /// <summary>Σᵢ vᵢ = U(N) − U(∅), on the asymmetric voting game (Shapley, not Banzhaf).</summary>
    Efficiency = 1,

    /// <summary>Interchangeable players get equal values, on the symmetric voting game (every semivalue).</summary>
    Symmetry = 2,

    /// <summary>A player who changes no coalition's utility gets 0 (every semivalue).</summary>
    NullPlayer = 4,

    /// <summary>All three.</summary>
    All = Efficiency | Symmetry | NullPlayer,
}
