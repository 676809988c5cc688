using SampleImportance.Abstractions;
using SampleImportance.Data.Preprocessing;

namespace SampleImportance.Data.Sources;

/// <summary>
/// Item popularity fitted on the training split only: a row's <c>item-popularity</c> is log(1 + clicks on its item in
/// training sessions other than its own), so a training row never counts itself and held-out sessions inform no row.
/// </summary>
internal static class ItemPopularity
{
    public static Func<SampleSet, SampleSet> Fit(SampleSet train)
    {
        var clicks = train.FeatureNames.ToList().IndexOf(OttoSessionFeatures.ClicksFeature);
        return LeaveUnitOutAggregate.Fit(
            train,
            OttoSessionsSource.ItemColumn,
            OttoSessionsSource.SessionColumn,
            (rows, row) => rows.Row(row)[clicks],
            (sum, _) => [(OttoSessionFeatures.PopularityFeature, (float)double.LogP1(Math.Max(0, sum)))]);
    }
}
