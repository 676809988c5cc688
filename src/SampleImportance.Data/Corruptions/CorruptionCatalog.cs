namespace SampleImportance.Data.Corruptions;

/// <summary>The corruption kinds a suite may name. Each records a ground-truth mask over training rows.</summary>
public static class CorruptionCatalog
{
    /// <summary>Flips a binary label (0 ↔ 1) on <c>rate</c> × n training rows chosen at random.</summary>
    public const string LabelFlip = "label-flip";

    /// <summary>Turns <c>rate</c> × n non-clicked training impressions (label 0) into clicks (label 1): random positives.</summary>
    public const string FakeClicks = "fake-clicks";

    public static IReadOnlyList<string> Kinds { get; } = [LabelFlip, FakeClicks];
}
