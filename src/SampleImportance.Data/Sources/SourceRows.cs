using SampleImportance.Abstractions;

namespace SampleImportance.Data.Sources;

/// <summary>What a source produced: the rows to split, and optionally ready-made validation and test rows.</summary>
/// <param name="Rows">The rows to split (the training file, for a file source).</param>
/// <param name="SplitUnits">Per row, the unit that must stay in one split (session, query group), or null to split single rows.</param>
/// <param name="Validation">Validation rows given as such (a companion file), or null to hold them out of <paramref name="Rows"/>.</param>
/// <param name="Test">Test rows given as such, or null to hold them out of <paramref name="Rows"/>.</param>
/// <param name="Log">What the rows were made from (the generated search log), for inspection; null when nothing more.</param>
/// <param name="TestLabels">Per row of <paramref name="Rows"/>, the label it takes when held out for test (graded true
/// relevance where training reads clicks), or null to keep its label.</param>
/// <param name="FitOnTrain">A preparation fitted on the training split only and applied to all three splits before
/// corruption (e.g. median imputation of missing values), or null for none. Given the training rows, it returns the
/// transform.</param>
public sealed record SourceRows(SampleSet Rows, int[]? SplitUnits = null, SampleSet? Validation = null, SampleSet? Test = null, object? Log = null, double[]? TestLabels = null, Func<SampleSet, Func<SampleSet, SampleSet>>? FitOnTrain = null);
