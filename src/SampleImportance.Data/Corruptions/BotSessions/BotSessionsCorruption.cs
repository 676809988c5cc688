using SampleImportance.Abstractions;
using SampleImportance.Data.Sources;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary><c>bot-sessions</c>: whole sessions whose interactions a bot wrote. The rate is the share of sessions with
/// at least one interaction that become bot sessions; in each, the bot keeps the number of interactions but places
/// them on its target items first, then uniformly, regardless of the user's taste (<see cref="BotWriter"/>). Needs a
/// <c>session</c> id column (synthetic/implicit-feedback, synthetic/ecommerce-search). Detection is scored among
/// interactions, or among sessions with <c>unit: session</c>.</summary>
internal sealed class BotSessionsCorruption : ICorruption
{
    public const string Name = "bot-sessions";

    public CorruptionDescriptor Describe() => new(
        Name,
        "Rewrites whole sessions (rate × sessions with an interaction) as a bot would: same number of interactions, on its target items first, then uniformly, ignoring the user's taste; needs a 'session' column.",
        BotOptions.Binder.Descriptors,
        LabelKinds.Binary);

    public CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where) =>
        BotWriter.Apply(Name, train, BotWriter.SessionColumn, rate, BotOptions.Binder.Bind(parameters), random, where);
}
