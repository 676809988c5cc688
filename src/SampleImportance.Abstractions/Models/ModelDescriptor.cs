namespace SampleImportance.Abstractions;

/// <summary>Describes a model kind.</summary>
/// <param name="Id">Stable id used in suites, e.g. <c>logistic-regression</c>.</param>
/// <param name="Description">One sentence for <c>plugins list</c>.</param>
/// <param name="Capabilities">Optional abilities.</param>
/// <param name="Predictions">The shape of its outputs.</param>
/// <param name="DefaultMetric">The metric a utility uses when the suite names none, e.g. <c>accuracy</c>.</param>
/// <param name="Parameters">Accepted parameters; the host rejects any other name and fills in defaults.</param>
public sealed record ModelDescriptor(
    string Id,
    string Description,
    ModelCapabilities Capabilities,
    PredictionKind Predictions,
    string DefaultMetric,
    IReadOnlyList<ParameterDescriptor> Parameters);
