using SampleImportance.Abstractions;
using SampleImportance.Data.Splitting;

namespace SampleImportance.Data;

/// <summary>A loaded dataset with how it was made: the rows before splitting (the training file for CSV), the
/// unit each row was split with (session, group, or null for single rows), the assignment, and what the source made
/// the rows from (the generated search log), when it says.</summary>
internal sealed record PreparedDataset(DatasetSplit Split, SampleSet Rows, int[]? Units, SplitAssignment Assignment, object? Log);
