namespace SampleImportance.Data.Splitting;

/// <summary>Row indices of each split, each in ascending (input) order.</summary>
internal sealed record SplitAssignment(int[] Train, int[] Validation, int[] Test);
