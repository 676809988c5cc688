using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data.Synthetic.Implicit;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>
/// <c>synthetic/implicit-feedback</c>: the embedded recommendation generator (<see cref="ImplicitFeedbackGenerator"/>),
/// one row per (user, item) candidate labelled interacted (1) or sampled negative (0), grouped by user. Rows are split
/// by session: a session's interactions and its sampled negatives stay together, and every user keeps sessions in
/// training, so an id-based recommender (matrix factorisation) can score the held-out sessions of known users.
/// </summary>
internal sealed class ImplicitFeedbackSource : IDataSource
{
    public const string Name = "synthetic/implicit-feedback";

    private static readonly OptionsBinder<ImplicitFeedbackOptions> Binder = new OptionsBinder<ImplicitFeedbackOptions>()
        .Integer("users", o => o.Users, (o, v) => o.Users = v, "Users.", 1, 1_000_000)
        .Integer("items", o => o.Items, (o, v) => o.Items = v, "Items in the catalogue.", 2, 1_000_000)
        .Integer("factors", o => o.Factors, (o, v) => o.Factors = v, "Latent taste dimensions, each also an observable item category (never features).", 1, 64)
        .Integer("sessions-per-user", o => o.SessionsPerUser, (o, v) => o.SessionsPerUser = v, "Logged sessions per user.", 1, 10_000)
        .Integer("interactions-per-session", o => o.InteractionsPerSession, (o, v) => o.InteractionsPerSession = v, "Distinct items each session interacts with (at most half the catalogue).", 1, 1000)
        .Integer("history-interactions", o => o.HistoryInteractions, (o, v) => o.HistoryInteractions = v, "Interactions of an average user before the logged sessions; features are computed from them.", 1, 100_000)
        .Number("popularity-exponent", o => o.PopularityExponent, (o, v) => o.PopularityExponent = v, "Exponent s of the power-law item popularity rank^−s.", 0, 10)
        .Number("taste-strength", o => o.TasteStrength, (o, v) => o.TasteStrength = v, "Weight of taste (latent factors) against log-popularity in item choice.", 0, 100)
        .Integer("negatives-per-positive", o => o.NegativesPerPositive, (o, v) => o.NegativesPerPositive = v, "Negatives sampled uniformly per interaction among items the user never interacted with.", 1, 1000);

    public DataSourceDescriptor Describe() => new(
        Name,
        "Users' sessions over an item catalogue from latent factors with power-law popularity; one row per (user, item) candidate, label = interacted, with uniformly sampled negatives.",
        Binder.Descriptors,
        LabelKinds.Binary);

    public SourceRows Load(DataSourceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = Binder.Bind(context.Parameters);
        var perSession = Math.Min(options.InteractionsPerSession, options.Items / 2);
        var interacted = (long)options.SessionsPerUser * perSession;
        var needed = interacted + ((long)perSession * options.NegativesPerPositive);
        if (needed > options.Items)
        {
            throw new InputException(new ValidationError(
                string.Create(CultureInfo.InvariantCulture, $"A user interacts with up to {interacted} items and each session samples {perSession * options.NegativesPerPositive} negatives among the others, but the catalogue has only {options.Items} items."),
                context.Where,
                string.Create(CultureInfo.InvariantCulture, $"Raise 'items' to at least {needed}, or lower sessions-per-user, interactions-per-session or negatives-per-positive.")));
        }

        var rows = options.Users * interacted * (1 + options.NegativesPerPositive);
        SourceSize.Check(rows * ImplicitFeedbackFeatures.FeatureNames.Count, "users × sessions × interactions × (1 + negatives) × features", "Lower users, sessions-per-user or negatives-per-positive.", context.Where);
        var log = ImplicitFeedbackGenerator.Generate(options, context.Random);
        var sessions = log.Candidates.Select(c => c.Session).ToArray();
        return new SourceRows(ImplicitFeedbackFeatures.ToSampleSet(log), sessions, Log: log);
    }
}
