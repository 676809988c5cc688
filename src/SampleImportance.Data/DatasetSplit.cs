using SampleImportance.Abstractions;

namespace SampleImportance.Data;

/// <summary>A loaded dataset: train (valued), validation (utility) and test (held out), plus the
/// corruption's ground truth over training rows.</summary>
/// <param name="Id">Dataset id.</param>
/// <param name="Train">Rows to value (after corruption).</param>
/// <param name="Validation">Rows the utility is scored on.</param>
/// <param name="Test">Held-out rows for retrain checks.</param>
/// <param name="NoiseMask">True for each corrupted training row; null when nothing was corrupted.</param>
public sealed record DatasetSplit(string Id, SampleSet Train, SampleSet Validation, SampleSet Test, IReadOnlyList<bool>? NoiseMask)
{
    /// <summary>Where detection is scored, one entry per training row (see <see cref="Corruptions.CorruptionOutcome.Strata"/>):
    /// −1 for rows that could not carry the noise, else the stratum; null when nothing was corrupted.</summary>
    public IReadOnlyList<int>? NoiseStrata { get; init; }

    /// <summary>True when the features were standardised with the training rows' statistics (<see cref="DatasetRequest.Standardize"/>).</summary>
    public bool Standardized { get; init; }
}
