using SampleImportance.Abstractions;
using SampleImportance.Data.Preprocessing;

namespace SampleImportance.Data.Sources;

/// <summary>
/// Leave-query-out product aggregates fitted on the training split only: a row's <c>product-other-queries</c> is the
/// log of the training queries other than its own that judged the product, and <c>product-other-grade</c> their mean
/// grade (the training rows' mean grade when there are none). A row never sees its own label, and held-out queries'
/// labels never reach any feature.
/// </summary>
internal static class ProductGrades
{
    public static Func<SampleSet, SampleSet> Fit(SampleSet train)
    {
        var prior = train.Count == 0 ? 0 : (float)train.Labels.ToArray().Average();
        return LeaveUnitOutAggregate.Fit(
            train,
            EsciSource.ProductColumn,
            EsciSource.QueryColumn,
            (rows, row) => rows.Labels[row],
            (sum, count) => [(EsciFeatures.OtherQueries, (float)double.LogP1(count)), (EsciFeatures.OtherGrade, count > 0 ? (float)(sum / count) : prior)]);
    }
}
