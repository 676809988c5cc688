namespace SampleImportance.Data.Csv;

/// <summary>What an empty numeric feature cell means.</summary>
public enum MissingValuePolicy
{
    /// <summary>Refuse it: the error names the file, line, column and a fix.</summary>
    Error,

    /// <summary>Impute the feature's median over the training rows (never the held-out ones); a feature with no value in
    /// any training row becomes 0.</summary>
    Median,
}
