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

    /// <summary>
    /// Header names of categorical feature columns (any text; a name ending in <c>*</c> names every feature column with
    /// that prefix). Each is encoded as indicator features: hashed into <see cref="HashBuckets"/> buckets, or one-hot.
    /// An empty cell is a category of its own. Default: none (every feature is numeric).
    /// </summary>
    public IReadOnlyList<string> CategoricalColumns { get; init; } = [];

    /// <summary>
    /// Buckets for hashed categoricals (FNV-1a of the UTF-8 text, modulo the buckets): one indicator feature per bucket,
    /// the same for every file and every unseen value. 0 one-hot encodes instead: one indicator per value seen in the
    /// first (training) file, unseen values in companion files get none. Default 16.
    /// </summary>
    public int HashBuckets { get; init; } = 16;

    /// <summary>What an empty numeric feature cell means: <see cref="MissingValuePolicy.Error"/> (the default) reports
    /// it; <see cref="MissingValuePolicy.Median"/> reads it as NaN for the caller to impute (see <see cref="Preprocessing.MedianImputer"/>).
    /// An empty label is always an error.</summary>
    public MissingValuePolicy Missing { get; init; } = MissingValuePolicy.Error;

    /// <summary>Stop reading after this many bad cells or rows and report them together. Default 20.</summary>
    public int MaxErrors { get; init; } = 20;
}
