using SampleImportance.Abstractions;
using SampleImportance.Data.Csv;

namespace SampleImportance.Data.Sources;

/// <summary>
/// Implicit feedback from purchases: one row per (user, item) the user bought in the file (label 1) plus sampled
/// items the user did not buy (label 0), users in file order. Features a recommender has without the label:
/// <c>item-price</c> (log of the item's median unit price in the file), <c>user-items</c> and <c>user-invoices</c> (log
/// of the user's distinct items and invoices: the same for the user's bought and sampled rows), <c>user-uk</c>, and
/// <c>item-buyers</c> (log of OTHER training users who bought the item), written 0 here and filled by
/// <see cref="LeaveUnitOutAggregate"/> from the training split.
/// </summary>
internal static class RetailFeatures
{
    public const string ItemBuyers = "item-buyers";

    public static readonly string[] Names = ["item-price", "user-items", "user-invoices", "user-uk", ItemBuyers];

    public static SampleSet ToSampleSet(List<RetailPurchase> purchases, IReadOnlySet<int>? users, int negatives, GroupIdMap itemIds, Random random)
    {
        var prices = purchases.GroupBy(p => p.Item, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Median(g.Select(p => p.UnitPrice)), StringComparer.Ordinal);
        var catalogue = prices.Keys.ToList();
        var features = new List<float>();
        var labels = new List<double>();
        var userIds = new List<int>();
        var items = new List<int>();
        foreach (var user in purchases.Where(p => users is null || users.Contains(p.User)).GroupBy(p => p.User))
        {
            var bought = user.Select(p => p.Item).Distinct(StringComparer.Ordinal).ToList();
            var boughtSet = bought.ToHashSet(StringComparer.Ordinal);
            float userItems = (float)double.LogP1(bought.Count), invoices = (float)double.LogP1(user.Select(p => p.Invoice).Distinct().Count()), uk = user.First().UnitedKingdom ? 1 : 0;
            void Add(string item, double label)
            {
                features.AddRange([(float)double.LogP1(Math.Max(0, prices[item])), userItems, invoices, uk, 0]);
                labels.Add(label);
                userIds.Add(user.Key);
                items.Add(itemIds[item]);
            }

            foreach (var item in bought)
            {
                Add(item, 1);
                for (var n = 0; n < negatives && boughtSet.Count < catalogue.Count; n++)
                {
                    // Uniform over the file's items the user did not buy: popularity-agnostic negatives, seeded.
                    string negative;
                    do
                    {
                        negative = catalogue[random.Next(catalogue.Count)];
                    }
                    while (boughtSet.Contains(negative));
                    Add(negative, 0);
                }
            }
        }

        var columns = new Dictionary<string, int[]>(StringComparer.Ordinal) { [OnlineRetailSource.UserColumn] = [.. userIds], [OnlineRetailSource.ItemColumn] = [.. items] };
        return new SampleSet([.. features], Names.Length, [.. labels], featureNames: Names, columns: columns);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var n = sorted.Count;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }
}
