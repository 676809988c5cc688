using SampleImportance.Abstractions;

namespace SampleImportance.Samples.NeighbourAgreement;

/// <summary>Options of <c>neighbour-agreement</c>.</summary>
internal sealed class NeighbourAgreementOptions
{
    /// <summary>Neighbours consulted per training row (default 10).</summary>
    public int K { get; init; } = 10;

    public static IReadOnlyList<ParameterDescriptor> Descriptors { get; } =
    [
        new("k", ParameterKind.Integer, "10", "Validation neighbours consulted per training row (default 10).", 1, 10_000),
    ];

    public static NeighbourAgreementOptions From(PluginParameters parameters) => new() { K = parameters.GetInt32("k", 10) };
}
