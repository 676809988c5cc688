using SampleImportance.Abstractions;

namespace SampleImportance.Data.Csv;

/// <summary>How to read a CSV file into a <see cref="Abstractions.SampleSet"/>. Every column other than the label
/// and group columns is a numeric feature, used exactly as written.</summary>
public sealed class CsvLoadOptions
{
    /// <summary>Header name of the numeric label column. Required; no default.</summary>
    public required string LabelColumn { get; init; }

    /// <summary>Header name of the group (query or user) column, any text; null (the default) for ungrouped data.</summary>
    public string? GroupColumn { get; init; }

    /// <summary>
    /// Header names of id columns (integers kept as written; other text mapped to ids in order of first appearance) kept out of the features and
    /// carried as named columns that can be units of value (session, user, item). The group column is carried under its
    /// own name too. Default: none.
    /// </summary>
    public IReadOnlyList<string> IdColumns { get; init; } = [];

    /// <summary>Stop reading after this many bad cells or rows and report them together. Default 20.</summary>
    public int MaxErrors { get; init; } = 20;
}
