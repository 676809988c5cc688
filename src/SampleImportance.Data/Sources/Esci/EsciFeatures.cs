using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>
/// One row per judged (query, product), label = grade E=3, S=2, C=1, I=0 (ratings 100, 10, 1, 0). The file has no
/// product text, so features are what the JSON gives without the label: <c>query-words</c>, <c>query-chars</c> (log),
/// <c>query-has-digit</c>, <c>query-judged</c> (log of the products judged for the query), <c>product-is-isbn</c> (a
/// book), <c>product-id-rank</c> (the ASIN's position in sorted order, a proxy of listing age), and the leave-query-out
/// aggregates <c>product-other-queries</c> and <c>product-other-grade</c>, written 0 here and filled by
/// <see cref="ProductGrades"/> from the training split only.
/// </summary>
internal static class EsciFeatures
{
    public const string OtherQueries = "product-other-queries";
    public const string OtherGrade = "product-other-grade";

    public static readonly string[] Names =
        ["query-words", "query-chars", "query-has-digit", "query-judged", "product-is-isbn", "product-id-rank", OtherQueries, OtherGrade];

    public static SampleSet ToSampleSet(EsciJudgments judgments, string path)
    {
        var errors = new List<ValidationError>();
        var asins = judgments.JudgmentRatings.SelectMany(q => q.Ratings).Select(r => r.DocId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rank = asins.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => (float)p.i / Math.Max(1, asins.Count - 1), StringComparer.Ordinal);
        var products = asins.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i, StringComparer.Ordinal);
        var features = new List<float>();
        var labels = new List<double>();
        var queries = new List<int>();
        var productIds = new List<int>();
        for (var q = 0; q < judgments.JudgmentRatings.Count; q++)
        {
            var query = judgments.JudgmentRatings[q];
            var words = query.Query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            for (var j = 0; j < query.Ratings.Count; j++)
            {
                var rating = query.Ratings[j];
                if (Grade(rating.Rating) is not { } grade)
                {
                    errors.Add(new ValidationError(
                        string.Create(CultureInfo.InvariantCulture, $"judgmentRatings[{q}].ratings[{j}] (query '{query.Query}', product {rating.DocId}) has rating '{rating.Rating}'."),
                        new SourceLocation(path),
                        "Use the ESCI ratings 100 (exact), 10 (substitute), 1 (complement) or 0 (irrelevant)."));
                    continue;
                }

                features.AddRange(
                [
                    words,
                    (float)double.LogP1(query.Query.Length),
                    query.Query.Any(char.IsDigit) ? 1 : 0,
                    (float)double.LogP1(query.Ratings.Count),
                    rating.DocId.All(char.IsDigit) ? 1 : 0,
                    rank[rating.DocId],
                    0,
                    0,
                ]);
                labels.Add(grade);
                queries.Add(q);
                productIds.Add(products[rating.DocId]);
            }
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors.Take(20).ToList());
        }

        if (labels.Count == 0)
        {
            throw new InputException(new ValidationError("The ESCI file has no judgments.", new SourceLocation(path, 1, 1), "Give at least one query with ratings under judgmentRatings."));
        }

        var groups = queries.ToArray();
        var columns = new Dictionary<string, int[]>(StringComparer.Ordinal) { [EsciSource.QueryColumn] = groups, [EsciSource.ProductColumn] = [.. productIds] };
        return new SampleSet([.. features], Names.Length, [.. labels], groups, featureNames: Names, columns: columns);
    }

    /// <summary>E=3, S=2, C=1, I=0 from the file's 100 / 10 / 1 / 0, or null for anything else.</summary>
    private static int? Grade(string rating) =>
        double.TryParse(rating, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value switch { 100 => 3, 10 => 2, 1 => 1, 0 => 0, _ => null }
            : null;
}
