using SampleImportance.Abstractions;

namespace SampleImportance.Data;

/// <summary>A loaded dataset: train (valued), validation (utility) and test (held out), plus the
/// corruption's ground truth over training rows.</summary>
/// <param name="Id">Dataset id.</param>
/// <param name="Train">Rows to value (after corruption).</param>
/// <param name="Validation">Rows the utility is scored on.</param>
/// <param name="Test">Held-out rows for retrain checks.</param>
/// <param name="NoiseMask">True for each corrupted training row; null when nothing was corrupted.</param>
public sealed record DatasetSplit(string Id, SampleSet Train, SampleSet Validation, SampleSet Test, IReadOnlyList<bool>? NoiseMask);
