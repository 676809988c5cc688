namespace SampleImportance.Reporting.Gates;

/// <summary>A coded warning in a regression report that judges no gate (e.g. an expired suppression).</summary>
/// <param name="Code">A <see cref="GateCodes"/> value.</param>
/// <param name="Message">One sentence a person can act on.</param>
/// <param name="File">The file it points at (the suppressions file).</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
public sealed record GateWarning(string Code, string Message, string File, int Line);
