namespace SampleImportance.Data.Synthetic.Implicit;

/// <summary>
/// A synthetic implicit-feedback log: the candidates of the logged sessions, and the history before them that a
/// practitioner's features are computed from. The latent factors that generated it are kept for inspection and tests
/// only; they are never features.
/// </summary>
/// <param name="Candidates">Every candidate, session by session: the session's interactions, then its sampled negatives.</param>
/// <param name="ItemCategory">Observable category of each item (its largest latent factor).</param>
/// <param name="ItemHistory">Interactions with each item in the history.</param>
/// <param name="UserHistory">Per user, interactions in the history, by category.</param>
/// <param name="UserItemHistory">Per user, the history's interaction count with each item it touched.</param>
/// <param name="UserFactors">Hidden taste vectors, per user.</param>
/// <param name="ItemFactors">Hidden item vectors, per item.</param>
public sealed record ImplicitFeedbackLog(
    IReadOnlyList<FeedbackCandidate> Candidates,
    IReadOnlyList<int> ItemCategory,
    IReadOnlyList<int> ItemHistory,
    IReadOnlyList<int[]> UserHistory,
    IReadOnlyList<IReadOnlyDictionary<int, int>> UserItemHistory,
    IReadOnlyList<double[]> UserFactors,
    IReadOnlyList<double[]> ItemFactors);
