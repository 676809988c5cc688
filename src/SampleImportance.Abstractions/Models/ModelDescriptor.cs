namespace SampleImportance.Abstractions;

/// <summary>Describes a model kind.</summary>
/// <param name="Id">Stable id, e.g. <c>knn</c>.</param>
/// <param name="Description">One sentence for <c>plugins list</c>.</param>
/// <param name="Capabilities">Optional abilities.</param>
/// <param name="Metrics">Utility metric ids <see cref="IModel.Score"/> accepts; the first is the default.</param>
/// <param name="Parameters">Accepted parameters; the host rejects any other name.</param>
public sealed record ModelDescriptor(
    string Id,
    string Description,
    ModelCapabilities Capabilities,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<ParameterDescriptor> Parameters);
