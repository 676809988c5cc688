namespace SampleImportance.Data.Sources;

/// <summary>The kinds of labels rows carry: what a source produces and what a corruption applies to.</summary>
[Flags]
public enum LabelKinds
{
    /// <summary>No label kind.</summary>
    None = 0,

    /// <summary>0 or 1 (clicked, relevant, positive class).</summary>
    Binary = 1,

    /// <summary>Class indices 0..C−1 with C above 2.</summary>
    Multiclass = 2,

    /// <summary>Graded relevance 0, 1, 2, ... per group (ranking).</summary>
    Graded = 4,

    /// <summary>Real-valued targets (regression).</summary>
    Real = 8,

    /// <summary>Any of the above: for sources whose labels only the data knows (files).</summary>
    Any = Binary | Multiclass | Graded | Real,
}
