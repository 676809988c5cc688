using SampleImportance.Abstractions;

namespace SampleImportance.Data.Corruptions;

/// <summary>Options of the bot corruptions (<c>bot-sessions</c>, <c>bot-users</c>); the property initialisers are the defaults.</summary>
internal sealed class BotOptions
{
    /// <summary>Declares the parameters once: names, ranges, descriptions; defaults come from a new instance.</summary>
    public static OptionsBinder<BotOptions> Binder { get; } = new OptionsBinder<BotOptions>()
        .Integer(
            "targets",
            o => o.Targets,
            (o, v) => o.Targets = v,
            "Items the bot promotes, drawn uniformly among the training items (needs an 'item' column): it clicks them first wherever its session holds them; 0 = clicks uniformly (default 3).",
            minimum: 0,
            maximum: 1_000_000);

    /// <summary>Items the bot promotes. Default 3.</summary>
    public int Targets { get; set; } = 3;
}
