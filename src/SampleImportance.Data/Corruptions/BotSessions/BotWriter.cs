using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary>
/// The rule both bot corruptions share: in each bot unit (a session, or every session of a user), the bot rewrites
/// which rows are interactions. It keeps each session's number of interactions (a bot imitates a real session's
/// volume, so counting interactions finds nothing) but places them by its own preference, regardless of the user's
/// taste: rows of its target items first, then rows drawn uniformly. The rows it writes (every interaction of a bot
/// unit afterwards) are the noise; candidates are the interactions (label 1), one stratum, since only an interaction
/// can be written by a bot: among them, reading the label finds nothing, and a session's or user's share of
/// interactions is unchanged.
/// </summary>
internal static class BotWriter
{
    public const string ItemColumn = "item";
    public const string SessionColumn = "session";

    /// <param name="name">The corruption, for messages.</param>
    /// <param name="train">The training rows.</param>
    /// <param name="unitColumn">The id column of the bot's unit: <c>session</c> or <c>user</c>.</param>
    /// <param name="rate">Share of the units with at least one interaction that become bots.</param>
    /// <param name="options">Targets.</param>
    /// <param name="random">The corruption stream.</param>
    /// <param name="where">Where errors point.</param>
    public static CorruptionOutcome Apply(string name, SampleSet train, string unitColumn, double rate, BotOptions options, Random random, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (!train.HasColumn(unitColumn))
        {
            var has = train.ColumnNames.Count == 0 ? "no id columns" : "id columns " + string.Join(", ", train.ColumnNames);
            throw new InputException(new ValidationError(
                $"Corruption '{name}' needs an id column '{unitColumn}' (which rows form one {unitColumn}), but the training rows have {has}.",
                where,
                $"Use a source whose rows carry '{unitColumn}' ids (the synthetic implicit-feedback log has user, session and item; the synthetic search log has session), or another corruption."));
        }

        var labels = train.Labels.ToArray();
        var units = UnitPartition.ByColumn(unitColumn, train.Column(unitColumn));
        var active = Enumerable.Range(0, units.Count).Where(u => HasInteraction(units.RowsOf(u), labels)).ToArray();
        var wanted = DataRandom.RoundCount(rate, active.Length);
        if (wanted == 0)
        {
            throw new InputException(new ValidationError(
                string.Create(CultureInfo.InvariantCulture, $"Corruption '{name}' at rate {rate} writes no bot {unitColumn}: the training split has {active.Length} {unitColumn} ids with an interaction."),
                where,
                "Raise the rate, or use a dataset with more interactions (label 1)."));
        }

        var chosen = DataRandom.Choose(active, wanted, random);
        var targets = Targets(train, options.Targets, random);
        var sessions = unitColumn != SessionColumn && train.HasColumn(SessionColumn) ? train.Column(SessionColumn).ToArray() : null;
        var items = train.HasColumn(ItemColumn) ? train.Column(ItemColumn).ToArray() : null;
        var mask = new bool[labels.Length];
        foreach (var unit in chosen)
        {
            var rows = units.RowsOf(unit).ToArray();

            // A bot user writes each of its sessions as a bot session would.
            foreach (var session in sessions is null ? [rows] : rows.GroupBy(r => sessions[r]).OrderBy(g => g.Key).Select(g => g.ToArray()))
            {
                Rewrite(session, labels, mask, items, targets, random);
            }
        }

        var outcome = new CorruptionOutcome(train.WithLabels(labels), mask);
        return outcome with { Strata = [.. labels.Select(l => l == 1 ? 0 : -1)] };
    }

    private static bool HasInteraction(ReadOnlySpan<int> rows, double[] labels)
    {
        foreach (var row in rows)
        {
            if (labels[row] == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bot's interactions in one session: as many as the organic ones, target items first, the rest uniform.</summary>
    private static void Rewrite(int[] rows, double[] labels, bool[] mask, int[]? items, HashSet<int> targets, Random random)
    {
        var count = rows.Count(r => labels[r] == 1);
        DataRandom.Shuffle(rows.AsSpan(), random);
        var preferred = rows.OrderBy(r => items is not null && targets.Contains(items[r]) ? 0 : 1).ToArray(); // stable: shuffled order within each class
        for (var k = 0; k < preferred.Length; k++)
        {
            labels[preferred[k]] = k < count ? 1 : 0;
            mask[preferred[k]] = k < count;
        }
    }

    private static HashSet<int> Targets(SampleSet train, int count, Random random)
    {
        if (!train.HasColumn(ItemColumn) || count == 0)
        {
            return [];
        }

        var distinct = train.Column(ItemColumn).ToArray().Distinct().Order().ToArray();
        return [.. DataRandom.Choose(distinct, Math.Min(count, distinct.Length), random)];
    }
}
