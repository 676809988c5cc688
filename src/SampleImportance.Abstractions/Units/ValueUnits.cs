namespace SampleImportance.Abstractions;

/// <summary>The units an estimator can value.</summary>
[Flags]
public enum ValueUnits
{
    /// <summary>Single training rows.</summary>
    Rows = 1,

    /// <summary>Groups of rows sharing an id column (query, session, user, item): the utility evaluates whole groups.</summary>
    Groups = 2,
}
