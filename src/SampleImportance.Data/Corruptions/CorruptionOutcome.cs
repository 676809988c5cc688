using SampleImportance.Abstractions;

namespace SampleImportance.Data.Corruptions;

/// <summary>The corrupted rows and the mask: true for each row the corruption changed.</summary>
internal sealed record CorruptionOutcome(SampleSet Rows, bool[] Mask);
