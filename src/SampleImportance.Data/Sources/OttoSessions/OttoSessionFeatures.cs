using SampleImportance.Abstractions;

namespace SampleImportance.Data.Sources;

/// <summary>
/// One row per (session, clicked item), in session order then first-click order, with features computed from the
/// session's clicks only (carts and orders never enter a feature, so the label cannot leak):
/// <c>clicks</c> (clicks on the item), <c>first-click-position</c> (share of the session's clicks before the first
/// click on it), <c>clicks-after-last</c> (log of the session's clicks after its last click on it: recency),
/// <c>session-clicks</c> (log), <c>session-minutes</c> (log of the session's span), <c>distinct-items</c> (log of the
/// items clicked), and <c>item-popularity</c> (log of clicks on the item in OTHER training sessions), written 0 here and
/// filled by <see cref="ItemPopularity"/> once the training split is known.
/// </summary>
internal static class OttoSessionFeatures
{
    public const string ClicksFeature = "clicks";
    public const string PopularityFeature = "item-popularity";

    public static readonly string[] Names =
        [ClicksFeature, "first-click-position", "clicks-after-last", "session-clicks", "session-minutes", "distinct-items", PopularityFeature];

    public static SampleSet ToSampleSet(IReadOnlyList<OttoSession> sessions, IReadOnlySet<string> positive)
    {
        var features = new List<float>();
        var labels = new List<double>();
        var sessionIds = new List<int>();
        var items = new List<int>();
        foreach (var session in sessions)
        {
            var clicks = session.Events.Where(e => e.Type == "clicks").ToList();
            if (clicks.Count == 0)
            {
                continue;
            }

            var bought = session.Events.Where(e => positive.Contains(e.Type)).Select(e => e.Aid).ToHashSet();
            var span = session.Events.Max(e => e.Ts) - session.Events.Min(e => e.Ts);
            var distinct = clicks.Select(c => c.Aid).Distinct().ToList();
            foreach (var aid in distinct)
            {
                var first = clicks.FindIndex(c => c.Aid == aid);
                var last = clicks.FindLastIndex(c => c.Aid == aid);
                features.AddRange(
                [
                    clicks.Count(c => c.Aid == aid),
                    (float)first / clicks.Count,
                    (float)double.LogP1(clicks.Count - 1 - last),
                    (float)double.LogP1(clicks.Count),
                    (float)double.LogP1(span / 60_000.0),
                    (float)double.LogP1(distinct.Count),
                    0,
                ]);
                labels.Add(bought.Contains(aid) ? 1 : 0);
                sessionIds.Add((int)session.Session);
                items.Add((int)aid);
            }
        }

        var columns = new Dictionary<string, int[]>(StringComparer.Ordinal)
        {
            [OttoSessionsSource.SessionColumn] = [.. sessionIds],
            [OttoSessionsSource.ItemColumn] = [.. items],
        };
        return new SampleSet([.. features], Names.Length, [.. labels], featureNames: Names, columns: columns);
    }
}
