using SampleImportance.Abstractions;
using SampleImportance.Data.Sources;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary><c>bot-users</c>: accounts run by a bot. The rate is the share of users with at least one interaction that
/// are bots; every session of a bot user is written as <c>bot-sessions</c> writes one (<see cref="BotWriter"/>; all of
/// the user's rows form one session when the data has no <c>session</c> column). Needs a <c>user</c> id column
/// (synthetic/implicit-feedback). Detection is scored among interactions, or among users with <c>unit: user</c>.</summary>
internal sealed class BotUsersCorruption : ICorruption
{
    public const string Name = "bot-users";
    private const string UserColumn = "user";

    public CorruptionDescriptor Describe() => new(
        Name,
        "Turns rate × users with an interaction into bots: each of their sessions keeps its number of interactions, placed on target items first, then uniformly, ignoring taste; needs a 'user' column.",
        BotOptions.Binder.Descriptors,
        LabelKinds.Binary);

    public CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where) =>
        BotWriter.Apply(Name, train, UserColumn, rate, BotOptions.Binder.Bind(parameters), random, where);
}
