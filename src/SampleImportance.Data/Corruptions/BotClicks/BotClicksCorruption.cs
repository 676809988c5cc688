using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;
using SampleImportance.Data.Sources;
using SampleImportance.Data.Synthetic.Ecommerce;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary><c>bot-clicks</c>: a click bot boosting a few products. It targets products, drawn with probability
/// proportional to how often they were shown without a click (so the bot works the head queries that show them),
/// until the targets hold <c>spread</c> × the wanted clicks, then clicks that many of their non-clicked impressions,
/// favouring each product's most frequent query: a bounce (1–3 s dwell), no purchase. The rate is the share of bot
/// clicks among all clicks afterwards; candidates are the clicks, by position.</summary>
internal sealed class BotClicksCorruption : ICorruption
{
    public const string Name = "bot-clicks";

    private static readonly OptionsBinder<BotClicksOptions> Binder = new OptionsBinder<BotClicksOptions>()
        .Number("spread", o => o.Spread, (o, v) => o.Spread = v, "Non-clicked impressions of the targeted products per bot click; 1 clicks every one, higher spreads the bot over more products.", 1, 1000);

    public CorruptionDescriptor Describe() => new(
        Name,
        "Clicks concentrated on targeted products and their head queries, bounced and never bought, until they are rate × all clicks; detection is scored among clicks, by position.",
        Binder.Descriptors,
        LabelKinds.Binary);

    public CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(train);
        ClickNoise.Require(train, Name, where, "query", "item");
        var options = Binder.Bind(parameters);
        var labels = train.Labels;
        var queries = train.Column("query").ToArray();
        var items = train.Column("item").ToArray();
        var rowsOfItem = new Dictionary<int, List<int>>();
        for (var row = 0; row < labels.Length; row++)
        {
            if (labels[row] == 0)
            {
                if (!rowsOfItem.TryGetValue(items[row], out var rows))
                {
                    rowsOfItem[items[row]] = rows = [];
                }

                rows.Add(row);
            }
        }

        // Products in first-seen row order, so the draw below depends on the rows alone, not on dictionary internals.
        var targets = rowsOfItem.OrderBy(p => p.Value[0]).Select(p => p.Value).ToArray();
        var ranked = DataRandom.WeightedOrder([.. targets.Select(rows => (double)rows.Count)], random);
        var wanted = ClickNoise.Wanted(rate, labels.ToArray().Count(l => l == 1));
        var weights = new double[labels.Length];
        var held = 0;
        foreach (var index in ranked.TakeWhile(_ => held < options.Spread * wanted))
        {
            // Within a product, impressions of its most shown query weigh the most: the query the bot searches.
            var perQuery = targets[index].CountBy(row => queries[row]).ToDictionary();
            foreach (var row in targets[index])
            {
                weights[row] = perQuery[queries[row]];
                held++;
            }
        }

        return ClickNoise.Inject(train, rate, weights, r => 1 + r.Next(3), Name, random, where);
    }
}
