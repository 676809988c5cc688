using SampleImportance.Validation;

namespace SampleImportance.Validation.Parameters;

/// <summary>One parameter value as the user wrote it, before validation.</summary>
/// <param name="Name">Parameter name, e.g. <c>k</c>.</param>
/// <param name="Text">The value's text exactly as written (a YAML scalar or the right side of <c>k=v</c>).</param>
/// <param name="Location">Where the value was written, for error messages.</param>
public sealed record ParameterInput(string Name, string Text, SourceLocation Location);
