namespace SampleImportance.Abstractions;

/// <summary>Describes an estimator: its id, what it needs, the units it values and the parameters it accepts.</summary>
/// <param name="Id">Stable id, e.g. <c>tmc-shapley</c>.</param>
/// <param name="Description">One sentence for <c>plugins list</c>, with the paper it follows.</param>
/// <param name="Requirements">What the estimator needs from the model; the host skips, with a reason, cells that cannot meet them.</param>
/// <param name="Units">The units it can value; the host skips, with a reason, cells asking for another.</param>
/// <param name="Parameters">Accepted parameters; the host rejects any other name and fills in defaults.</param>
public sealed record EstimatorDescriptor(
    string Id,
    string Description,
    EstimatorRequirements Requirements,
    ValueUnits Units,
    IReadOnlyList<ParameterDescriptor> Parameters);
