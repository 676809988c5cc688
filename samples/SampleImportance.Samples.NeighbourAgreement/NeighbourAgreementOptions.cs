using SampleImportance.Abstractions;

namespace SampleImportance.Samples.NeighbourAgreement;

/// <summary>Options of <c>neighbour-agreement</c>. Each property initialiser is the parameter's default.</summary>
internal sealed class NeighbourAgreementOptions
{
    /// <summary>
    /// Declares every parameter once: name, range and description. The default comes from a new options object,
    /// so it is written in one place; the host shows it in <c>plugins list</c> and fills it in before the run.
    /// </summary>
    public static OptionsBinder<NeighbourAgreementOptions> Binder { get; } = new OptionsBinder<NeighbourAgreementOptions>()
        .Integer("k", o => o.K, (o, v) => o.K = v, "Validation neighbours consulted per training row (default 10).", minimum: 1, maximum: 10_000);

    /// <summary>Validation neighbours consulted per training row. Default 10.</summary>
    public int K { get; set; } = 10;
}
