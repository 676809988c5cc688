namespace SampleImportance.Abstractions;

/// <summary>Describes an estimator: its id, what it needs and the parameters it accepts.</summary>
/// <param name="Id">Stable id, e.g. <c>tmc-shapley</c>.</param>
/// <param name="Description">One sentence for <c>plugins list</c>.</param>
/// <param name="Requirements">What the estimator needs from the model.</param>
/// <param name="Parameters">Accepted parameters; the host rejects any other name.</param>
public sealed record EstimatorDescriptor(
    string Id,
    string Description,
    EstimatorRequirements Requirements,
    IReadOnlyList<ParameterDescriptor> Parameters);
