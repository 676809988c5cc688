namespace SampleImportance.Conformance;

/// <summary>The exact values an estimator should converge to.</summary>
public enum SemivalueKind
{
    /// <summary>No exact-value check applies.</summary>
    None,

    /// <summary>Shapley values: |S|!(n − |S| − 1)!/n! per subset of the others.</summary>
    Shapley,

    /// <summary>Banzhaf values: 1/2^(n−1) per subset of the others.</summary>
    Banzhaf,
}
