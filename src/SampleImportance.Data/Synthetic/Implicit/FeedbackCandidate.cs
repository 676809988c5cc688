namespace SampleImportance.Data.Synthetic.Implicit;

/// <summary>One (user, item) candidate of a logged session: an interaction, or a sampled negative attached to the session.</summary>
/// <param name="User">User id, 0-based.</param>
/// <param name="Item">Item id, 0-based.</param>
/// <param name="Session">Session id, 0-based, in log order (users' sessions are consecutive).</param>
/// <param name="Interacted">True for an interaction (label 1), false for a sampled negative (label 0).</param>
public sealed record FeedbackCandidate(int User, int Item, int Session, bool Interacted);
