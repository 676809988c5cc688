using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.ClasswiseShapley;

/// <summary>Options of the <c>classwise-shapley</c> estimator; the property initialisers are the defaults.</summary>
internal sealed class ClasswiseShapleyOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<ClasswiseShapleyOptions> Binder { get; } = new OptionsBinder<ClasswiseShapleyOptions>()
        .Integer(
            "iterations",
            o => o.Iterations,
            (o, v) => o.Iterations = v,
            "Iterations; each draws, for every class, one out-of-class subset and one in-class permutation: |class| + 1 fits (default 100).",
            minimum: 1,
            maximum: 100_000_000)
        .Integer(
            "min-per-label",
            o => o.MinPerLabel,
            (o, v) => o.MinPerLabel = v,
            "Rows of each other label an out-of-class subset must hold; subsets are redrawn until they do, at most 100 times (default 1, pyDVL's min_elements_per_label).",
            minimum: 0,
            maximum: 1_000_000)
        .Boolean(
            "normalize",
            o => o.Normalize,
            (o, v) => o.Normalize = v,
            "Rescale each class's values to sum to the full-data model's in-class score, as pyDVL's normalize_values (default true; one more fit).");

    /// <summary>Iterations. Default 100.</summary>
    public int Iterations { get; set; } = 100;

    /// <summary>Rows of each other label in an out-of-class subset. Default 1.</summary>
    public int MinPerLabel { get; set; } = 1;

    /// <summary>Per-class normalisation. Default true.</summary>
    public bool Normalize { get; set; } = true;
}
