namespace SampleImportance.Data.Sources;

/// <summary>The files and columns a file-reading dataset names (all paths absolute).</summary>
/// <param name="Path">The training file, or null when the suite named none.</param>
/// <param name="ValidationPath">Optional validation file.</param>
/// <param name="TestPath">Optional test file.</param>
/// <param name="LabelColumn">Header of the label column, or null when the suite named none.</param>
/// <param name="GroupColumn">Header of the group (query or user) column, or null.</param>
/// <param name="IdColumns">Headers of id columns kept out of the features (<c>score --column</c>), or null for none.</param>
public sealed record SourceFiles(string? Path, string? ValidationPath, string? TestPath, string? LabelColumn, string? GroupColumn, IReadOnlyList<string>? IdColumns = null);
