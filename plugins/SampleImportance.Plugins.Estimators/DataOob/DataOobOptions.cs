using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.DataOob;

/// <summary>Options of the <c>data-oob</c> estimator; the property initialisers are the defaults.</summary>
internal sealed class DataOobOptions
{
    /// <summary>1 when the out-of-bag prediction's top class is the label (the paper's T for classifiers).</summary>
    public const string CorrectScoreName = "correct";

    /// <summary>The out-of-bag score of the label.</summary>
    public const string ProbabilityScoreName = "probability";

    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<DataOobOptions> Binder { get; } = new OptionsBinder<DataOobOptions>()
        .Integer(
            "bags",
            o => o.Bags,
            (o, v) => o.Bags = v,
            "Bootstrap bags B, one fit of the cell's model each (default 1000, OpenDataVal's DataOob num_models).",
            minimum: 1,
            maximum: 1_000_000)
        .Text(
            "score",
            o => o.Score,
            (o, v) => o.Score = v,
            "Out-of-bag score of a classifier: 'correct' (default, the paper's T = 1[top class = label]; ties go to the lower class) or 'probability' (the score of the label, smoother). Single-score models always use −(label − prediction)².",
            [CorrectScoreName, ProbabilityScoreName]);

    /// <summary>Bootstrap bags B. Default 1000.</summary>
    public int Bags { get; set; } = 1000;

    /// <summary>Classifier score, <c>correct</c> or <c>probability</c>. Default <c>correct</c>.</summary>
    public string Score { get; set; } = CorrectScoreName;
}
