using SampleImportance.Abstractions;
using SampleImportance.Data.Splitting;
using SampleImportance.Data.Synthetic.Ecommerce;

namespace SampleImportance.Data;

/// <summary>A loaded dataset with how it was made: the rows before splitting (the training file for CSV), the
/// unit each row was split with (session, group, or null for single rows), the assignment, and the search log
/// when the source generated one.</summary>
internal sealed record PreparedDataset(DatasetSplit Split, SampleSet Rows, int[]? Units, SplitAssignment Assignment, EcommerceSearchLog? Log);
