using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;
using SampleImportance.Data.Sources;
using SampleImportance.Data.Synthetic.Ecommerce;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary><c>bot-clicks</c>: a click bot boosting a few products for a few queries. It targets (query, product)
/// pairs, drawn with probability proportional to how often the pair was shown without a click (bots search head
/// queries), until the targets hold <c>spread</c> × the wanted clicks, then clicks that many of their non-clicked
/// impressions: a bounce (1–3 s dwell), no purchase. The rate is the share of bot clicks among all clicks afterwards;
/// candidates are the clicks, by position.</summary>
internal sealed class BotClicksCorruption : ICorruption
{
    public const string Name = "bot-clicks";

    private static readonly OptionsBinder<BotClicksOptions> Binder = new OptionsBinder<BotClicksOptions>()
        .Number("spread", o => o.Spread, (o, v) => o.Spread = v, "Non-clicked impressions of the targeted (query, product) pairs per bot click; 1 clicks every one, higher spreads the bot over more pairs.", 1, 1000);

    public CorruptionDescriptor Describe() => new(
        Name,
        "Clicks concentrated on targeted (query, product) pairs, bounced and never bought, until they are rate × all clicks; detection is scored among clicks, by position.",
        Binder.Descriptors,
        LabelKinds.Binary);

    public CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(train);
        ClickNoise.Require(train, Name, where, "query", "item");
        var options = Binder.Bind(parameters);
        var labels = train.Labels;
        var queries = train.Column("query");
        var items = train.Column("item");
        var rowsOfPair = new Dictionary<(int Query, int Item), List<int>>();
        for (var row = 0; row < labels.Length; row++)
        {
            if (labels[row] == 0)
            {
                var pair = (queries[row], items[row]);
                if (!rowsOfPair.TryGetValue(pair, out var rows))
                {
                    rowsOfPair[pair] = rows = [];
                }

                rows.Add(row);
            }
        }

        // Pairs in first-seen row order, so the draw below depends on the rows alone, not on dictionary internals.
        var pairs = rowsOfPair.OrderBy(p => p.Value[0]).ToArray();
        var ranked = DataRandom.WeightedOrder([.. pairs.Select(p => (double)p.Value.Count)], random);
        var wanted = ClickNoise.Wanted(rate, labels.ToArray().Count(l => l == 1));
        var weights = new double[labels.Length];
        var held = 0;
        foreach (var index in ranked)
        {
            if (held >= options.Spread * wanted)
            {
                break;
            }

            foreach (var row in pairs[index].Value)
            {
                weights[row] = 1;
                held++;
            }
        }

        return ClickNoise.Inject(train, rate, weights, r => 1 + r.Next(3), Name, random, where);
    }
}
