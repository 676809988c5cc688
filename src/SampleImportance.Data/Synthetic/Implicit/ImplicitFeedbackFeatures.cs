using SampleImportance.Abstractions;

namespace SampleImportance.Data.Synthetic.Implicit;

/// <summary>Turns an implicit-feedback log into a <see cref="SampleSet"/>: one row per candidate (log order), label =
/// interacted (0/1), group = user (ranking metrics rank each user's candidates), id columns <c>user</c>, <c>item</c>
/// and <c>session</c>. Features are what a practitioner would compute from the history before the logged sessions, so
/// no logged interaction (and no latent factor) leaks in:
/// <list type="number">
/// <item><c>item-log-popularity</c>: ln(1 + the item's history interactions).</item>
/// <item><c>user-log-activity</c>: ln(1 + the user's history interactions).</item>
/// <item><c>category-affinity</c>: the user's smoothed history share in the item's category, (n_c + 1) / (n + categories).</item>
/// <item><c>category-log-popularity</c>: ln(1 + history interactions in the item's category).</item>
/// <item><c>user-item-log-history</c>: ln(1 + the user's history interactions with this item).</item>
/// </list></summary>
public static class ImplicitFeedbackFeatures
{
    /// <summary>Feature names in column order.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
        ["item-log-popularity", "user-log-activity", "category-affinity", "category-log-popularity", "user-item-log-history"];

    /// <summary>One row per candidate; see the type's remarks for the features.</summary>
    /// <param name="log">The log to map.</param>
    public static SampleSet ToSampleSet(ImplicitFeedbackLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var width = FeatureNames.Count;
        var rows = log.Candidates.Count;
        var categories = log.UserHistory.Count == 0 ? 1 : log.UserHistory[0].Length;
        var categoryHistory = new int[categories];
        for (var item = 0; item < log.ItemHistory.Count; item++)
        {
            categoryHistory[log.ItemCategory[item]] += log.ItemHistory[item];
        }

        var features = new float[rows * width];
        var labels = new double[rows];
        var users = new int[rows];
        var items = new int[rows];
        var sessions = new int[rows];
        for (var row = 0; row < rows; row++)
        {
            var c = log.Candidates[row];
            var history = log.UserHistory[c.User];
            var total = history.Sum();
            var category = log.ItemCategory[c.Item];
            var f = features.AsSpan(row * width, width);
            f[0] = (float)Math.Log(1 + log.ItemHistory[c.Item]);
            f[1] = (float)Math.Log(1 + total);
            f[2] = (float)((history[category] + 1.0) / (total + categories));
            f[3] = (float)Math.Log(1 + categoryHistory[category]);
            f[4] = (float)Math.Log(1 + log.UserItemHistory[c.User].GetValueOrDefault(c.Item));
            labels[row] = c.Interacted ? 1 : 0;
            users[row] = c.User;
            items[row] = c.Item;
            sessions[row] = c.Session;
        }

        // Id columns are units of value (a user, a session, an item can be valued as a whole) and what
        // id-based recommenders such as matrix factorisation read.
        var columns = new Dictionary<string, int[]>(StringComparer.Ordinal) { ["user"] = users, ["item"] = items, ["session"] = sessions };
        return new SampleSet(features, width, labels, (int[])users.Clone(), featureNames: FeatureNames, columns: columns);
    }
}
