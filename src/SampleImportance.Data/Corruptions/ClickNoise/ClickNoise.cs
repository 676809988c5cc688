using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;
using SampleImportance.Data.Synthetic.Ecommerce;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary>
/// What the click corruptions share. Rates are shares of all clicks afterwards; candidates are the clicks, stratified
/// by position when the rows carry a <c>position</c> column, so neither the label nor the position (organic clicks sit
/// at the top, noise often lower) can find the noise: only what differs within a position can.
/// </summary>
internal static class ClickNoise
{
    /// <summary>Dwell of a click that disappoints: 2–10 seconds.</summary>
    public static int BounceSeconds(Random random) => 2 + random.Next(9);

    /// <summary>Strata after corruption: −1 for non-clicks, else the click's position (0 without a position column).</summary>
    public static int[] Strata(SampleSet rows, double[] labels)
    {
        var positions = rows.HasColumn(EcommerceSearchFeatures.PositionColumn) ? rows.Column(EcommerceSearchFeatures.PositionColumn).ToArray() : null;
        return [.. labels.Select((label, row) => label == 1 ? positions?[row] ?? 0 : -1)];
    }

    /// <summary>Refuses rows without the id columns a corruption reads.</summary>
    public static void Require(SampleSet train, string corruption, SourceLocation where, params string[] columns)
    {
        var missing = columns.Where(c => !train.HasColumn(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InputException(new ValidationError(
                $"Corruption '{corruption}' reads the id column(s) {string.Join(", ", missing.Select(c => $"'{c}'"))}, which the training rows lack.",
                where,
                $"Use it on {Sources.EcommerceSearchSource.Name}, or on data that carries these columns."));
        }
    }

    /// <summary>Fake clicks wanted so that they are <paramref name="rate"/> of all clicks afterwards.</summary>
    public static int Wanted(double rate, int clicks) => DataRandom.RoundCount(rate / (1 - rate), clicks);

    /// <summary>
    /// Turns <see cref="Wanted"/> non-clicks into clicks, drawn with probability proportional to <paramref name="weights"/>
    /// (0 = not eligible), and writes what the click implies into the id columns: <paramref name="dwell"/> seconds and
    /// no purchase. Candidates are the clicks afterwards, by position.
    /// </summary>
    public static CorruptionOutcome Inject(SampleSet train, double rate, double[] weights, Func<Random, int> dwell, string name, Random random, SourceLocation where)
    {
        var labels = train.Labels.ToArray();
        var clicks = labels.Count(l => l == 1);
        var wanted = Wanted(rate, clicks);
        for (var row = 0; row < labels.Length; row++)
        {
            weights[row] = labels[row] == 0 ? weights[row] : 0;
        }

        var eligible = weights.Count(w => w > 0);
        if (wanted == 0 || eligible < wanted)
        {
            throw new InputException(new ValidationError(
                wanted == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"Corruption '{name}' at rate {rate} adds no click: the training split has {clicks} clicks.")
                    : string.Create(CultureInfo.InvariantCulture, $"Corruption '{name}' at rate {rate} needs {wanted} eligible non-clicked training rows, but only {eligible} of {labels.Length} are."),
                where,
                wanted == 0 ? "Raise the rate, or use a dataset with more clicks (label 1)." : "Lower the rate, or use a larger dataset."));
        }

        var chosen = DataRandom.ChooseWeighted(weights, wanted, random);
        var dwellColumn = train.HasColumn(EcommerceSearchFeatures.DwellColumn) ? train.Column(EcommerceSearchFeatures.DwellColumn).ToArray() : null;
        var purchased = train.HasColumn(EcommerceSearchFeatures.PurchasedColumn) ? train.Column(EcommerceSearchFeatures.PurchasedColumn).ToArray() : null;
        var mask = new bool[labels.Length];
        foreach (var row in chosen)
        {
            labels[row] = 1;
            mask[row] = true;
            var seconds = dwell(random);
            if (dwellColumn is not null)
            {
                dwellColumn[row] = seconds;
            }

            if (purchased is not null)
            {
                purchased[row] = 0;
            }
        }

        var rows = WithColumns(train, labels, (EcommerceSearchFeatures.DwellColumn, dwellColumn), (EcommerceSearchFeatures.PurchasedColumn, purchased));
        return new CorruptionOutcome(rows, mask, Strata(rows, labels));
    }

    /// <summary>The rows with new labels and some id columns replaced (a null replacement keeps the column).</summary>
    public static SampleSet WithColumns(SampleSet rows, double[] labels, params (string Name, int[]? Ids)[] replaced)
    {
        var columns = rows.ColumnNames.ToDictionary(c => c, c => rows.Column(c).ToArray(), StringComparer.Ordinal);
        foreach (var (name, ids) in replaced)
        {
            if (ids is not null)
            {
                columns[name] = ids;
            }
        }

        return new SampleSet(
            rows.Features.ToArray(),
            rows.FeatureCount,
            labels,
            rows.HasGroups ? rows.Groups.ToArray() : null,
            rows.HasWeights ? rows.Weights.ToArray() : null,
            rows.FeatureNames,
            columns);
    }
}
