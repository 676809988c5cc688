using SampleImportance.Abstractions;

namespace MyEstimator;

/// <summary>Parameters of <c>my-estimator</c>. Each property initialiser is the parameter's default.</summary>
internal sealed class LabelAgreementOptions
{
    /// <summary>Declares every parameter once (name, range, description); the host checks ranges before the run.</summary>
    public static OptionsBinder<LabelAgreementOptions> Binder { get; } = new OptionsBinder<LabelAgreementOptions>()
        .Integer("neighbours", o => o.Neighbours, (o, v) => o.Neighbours = v, "Validation rows consulted per training row (default 5).", minimum: 1, maximum: 1_000);

    /// <summary>Validation rows consulted per training row. Default 5.</summary>
    public int Neighbours { get; set; } = 5;
}
