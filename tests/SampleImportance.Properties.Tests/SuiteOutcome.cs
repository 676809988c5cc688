namespace SampleImportance.Properties.Tests;

/// <summary>Which side of the property a generated suite took.</summary>
internal enum SuiteOutcome
{
    /// <summary>The suite failed validation.</summary>
    Invalid,

    /// <summary>The suite was valid but its data could not be prepared (e.g. too few rows to split).</summary>
    DataRejected,

    /// <summary>The suite ran and every cell was recorded.</summary>
    Ran,
}
