namespace SampleImportance.Abstractions;

/// <summary>One parameter a plugin accepts. The host checks kind and range before a run starts.</summary>
/// <param name="Name">Name as written in suites and <c>--param name=value</c>.</param>
/// <param name="Kind">Value type.</param>
/// <param name="Default">Default value as invariant text, used when the parameter is absent.</param>
/// <param name="Description">What it does, including the default's meaning.</param>
/// <param name="Minimum">Inclusive lower bound for numbers, or null.</param>
/// <param name="Maximum">Inclusive upper bound for numbers, or null.</param>
public sealed record ParameterDescriptor(
    string Name,
    ParameterKind Kind,
    string Default,
    string Description,
    double? Minimum = null,
    double? Maximum = null);
