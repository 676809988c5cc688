namespace SampleImportance.Abstractions;

/// <summary>One parameter a plugin accepts. The host checks kind, range and allowed values before plugin code runs.</summary>
/// <param name="Name">Name as written in suites and <c>--param name=value</c>.</param>
/// <param name="Kind">Value type.</param>
/// <param name="Default">Default value as invariant text, filled in by the host when the parameter is absent.</param>
/// <param name="Description">What it does, including the default's meaning and source.</param>
/// <param name="Minimum">Inclusive lower bound for numbers, or null.</param>
/// <param name="Maximum">Inclusive upper bound for numbers, or null.</param>
/// <param name="AllowedValues">For text, the accepted values; null accepts any text.</param>
public sealed record ParameterDescriptor(
    string Name,
    ParameterKind Kind,
    string Default,
    string Description,
    double? Minimum = null,
    double? Maximum = null,
    IReadOnlyList<string>? AllowedValues = null);
