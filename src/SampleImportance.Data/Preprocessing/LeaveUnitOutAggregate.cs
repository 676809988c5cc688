using SampleImportance.Abstractions;

namespace SampleImportance.Data.Preprocessing;

/// <summary>
/// Per-key aggregates (item popularity, a product's mean grade) fitted on the TRAINING split only and written into
/// named features of every split: for each key, the sum and count of a per-row value over training rows. A training
/// row's own unit (its session, query or user, which holds the key at most once) is left out, so no row sees its own
/// label or clicks, and held-out rows never inform any feature.
/// </summary>
internal static class LeaveUnitOutAggregate
{
    /// <param name="train">The training split.</param>
    /// <param name="keyColumn">The id column aggregated over (item, product).</param>
    /// <param name="unitColumn">The id column left out (session, query, user).</param>
    /// <param name="value">A training row's contribution (its clicks, its label).</param>
    /// <param name="features">The feature values for a row from the sum and count of the other units' contributions.</param>
    public static Func<SampleSet, SampleSet> Fit(
        SampleSet train,
        string keyColumn,
        string unitColumn,
        Func<SampleSet, int, double> value,
        Func<double, int, IReadOnlyList<(string Feature, float Value)>> features)
    {
        var keys = train.Column(keyColumn);
        var units = train.Column(unitColumn).ToArray().ToHashSet();
        var totals = new Dictionary<int, (double Sum, int Count)>();
        for (var row = 0; row < train.Count; row++)
        {
            var (sum, count) = totals.GetValueOrDefault(keys[row]);
            totals[keys[row]] = (sum + value(train, row), count + 1);
        }

        return rows =>
        {
            var d = rows.FeatureCount;
            var names = rows.FeatureNames.ToList();
            var values = rows.Features.ToArray();
            var rowKeys = rows.Column(keyColumn);
            var rowUnits = rows.Column(unitColumn);
            for (var row = 0; row < rows.Count; row++)
            {
                var (sum, count) = totals.GetValueOrDefault(rowKeys[row]);
                if (units.Contains(rowUnits[row]))
                {
                    (sum, count) = (sum - value(rows, row), count - 1);
                }

                foreach (var (feature, x) in features(sum, count))
                {
                    values[(row * d) + names.IndexOf(feature)] = x;
                }
            }

            return rows.WithFeatures(values);
        };
    }
}
