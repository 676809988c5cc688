using SampleImportance.Abstractions;
using SampleImportance.Data;
using SampleImportance.Data.Synthetic.Ecommerce;
using SampleImportance.Data.Tests.Support;
using SampleImportance.Data.Sources;

namespace SampleImportance.Data.Tests.Synthetic;

public class EcommerceSearchGeneratorTests
{
    private static readonly int[] Seeds = [1, 2, 3, 4, 5];

    private static EcommerceSearchLog Generate(int seed, EcommerceSearchOptions? options = null) =>
        EcommerceSearchGenerator.Generate(options ?? new EcommerceSearchOptions(), new Random(seed));

    [Fact]
    public void Generate_Defaults_LogIsConsistent()
    {
        var log = Generate(1);

        Assert.Equal(40, log.Queries.Count);
        Assert.Equal(400, log.Products.Count);
        Assert.Equal(60, log.Sessions.Count);
        Assert.Equal(600, log.Impressions.Count);
        Assert.Equal(1.0, log.Queries.Sum(q => q.Popularity), 9);
        foreach (var session in log.Sessions)
        {
            var page = log.ImpressionsOf(session).ToArray();
            Assert.Equal(Enumerable.Range(1, 10), page.Select(i => i.Position));
            Assert.All(page, i => Assert.Equal((session.Id, session.QueryId), (i.SessionId, i.QueryId)));
            Assert.Equal(10, page.Select(i => i.ProductId).Distinct().Count());
        }

        Assert.All(log.Impressions, i => Assert.True(!i.Clicked || i.Examined, "a click needs an examination"));
        Assert.All(log.Impressions, i => Assert.True(!i.Purchased || i.Clicked, "a purchase needs a click"));
        Assert.Equal(log.Impressions.Count(i => i.Clicked), log.Clicks.Count);
        Assert.Equal(log.Impressions.Count(i => i.Purchased), log.Purchases.Count);
        Assert.All(log.Products, p => Assert.True(p.Price > 0 && p.Rating is >= 1 and <= 5 && p.Popularity >= 0));
    }

    [Fact]
    public void Generate_Defaults_ClickRateIsRealistic_AndSomeClicksConvert()
    {
        var logs = Seeds.Select(s => Generate(s)).ToArray();

        foreach (var log in logs)
        {
            var clickRate = log.Clicks.Count / (double)log.Impressions.Count;
            Assert.InRange(clickRate, 0.15, 0.35);
        }

        var conversion = logs.Sum(l => l.Purchases.Count) / (double)logs.Sum(l => l.Clicks.Count);
        Assert.InRange(conversion, 0.05, 0.8);
    }

    [Fact]
    public void Generate_PositionBias_TopResultIsClickedMoreThanFifth()
    {
        var impressions = Seeds.SelectMany(s => Generate(s).Impressions).ToArray();

        double Ctr(int position) => impressions.Where(i => i.Position == position).Average(i => i.Clicked ? 1.0 : 0.0);

        Assert.True(Ctr(1) > 2 * Ctr(5), $"CTR@1 {Ctr(1)} should clearly exceed CTR@5 {Ctr(5)}");
        Assert.True(Ctr(5) > 0, "lower positions still get some clicks");
    }

    [Fact]
    public void Generate_NoPositionBias_EveryResultIsExamined()
    {
        var log = Generate(3, new EcommerceSearchOptions { PositionBias = 0 });

        Assert.All(log.Impressions, i => Assert.True(i.Examined));
    }

    [Fact]
    public void Generate_PopularQueriesComeFirst()
    {
        var log = Generate(4, new EcommerceSearchOptions { Queries = 20, Sessions = 2000 });

        var sessionsOf = log.Sessions.CountBy(s => s.QueryId).ToDictionary();
        // Zipf: query 0 carries ~28% of traffic, query 19 ~1.4%.
        Assert.True(sessionsOf[0] > 5 * sessionsOf.GetValueOrDefault(19), "query 0 should dominate the tail");
    }

    [Fact]
    public void Generate_PageLargerThanCatalogue_ShowsEveryProduct()
    {
        var log = Generate(5, new EcommerceSearchOptions { Products = 4, PageSize = 10, Sessions = 3 });

        Assert.All(log.Sessions, s => Assert.Equal(4, s.ImpressionCount));
        Assert.Equal(12, log.Impressions.Count);
    }

    [Fact]
    public void Generate_SameSeed_SameLog()
    {
        var a = EcommerceSearchFeatures.ToSampleSet(Generate(9));
        var b = EcommerceSearchFeatures.ToSampleSet(Generate(9));
        var c = EcommerceSearchFeatures.ToSampleSet(Generate(10));

        Assert.Equal(SampleSetBytes.Of(a), SampleSetBytes.Of(b));
        Assert.NotEqual(SampleSetBytes.Of(a), SampleSetBytes.Of(c));
    }

    [Fact]
    public void ToSampleSet_OneRowPerImpression_WithDocumentedFeatures()
    {
        var log = Generate(6);

        var set = EcommerceSearchFeatures.ToSampleSet(log);

        Assert.Equal(log.Impressions.Count, set.Count);
        Assert.Equal(EcommerceSearchFeatures.FeatureNames, set.FeatureNames);
        var row = 13; // session 1, position 4
        var impression = log.Impressions[row];
        var product = log.Products[impression.ProductId];
        var query = log.Queries[impression.QueryId];
        var cosine = query.Embedding.Zip(product.Embedding, (q, p) => q * (double)p).Sum();
        var features = set.Row(row);
        Assert.Equal(4, impression.Position);
        Assert.Equal(cosine, features[0], 5);
        Assert.Equal(product.Rating, features[1], 5);
        Assert.Equal(Math.Log(product.Price), features[2], 5);
        Assert.Equal(Math.Log(1 + product.Popularity), features[3], 5);
        Assert.Equal(1 / Math.Log2(5), features[4], 5);
        Assert.Equal(Math.Log(40 * query.Popularity), features[5], 5);
        Assert.Equal(impression.Clicked ? 1 : 0, set.Labels[row]);
        Assert.Equal(impression.QueryId, set.Groups[row]);
        // Relative price is centred on the page: half the page sits at or below zero.
        var page = Enumerable.Range(10, 10).Select(r => set.Row(r)[6]).Order().ToArray();
        Assert.Equal(0, (page[4] + page[5]) / 2, 5);
    }

    [Fact]
    public void ToSampleSet_CarriesQuerySessionAndItemColumns()
    {
        var log = Generate(6);

        var set = EcommerceSearchFeatures.ToSampleSet(log);

        Assert.Equal(["item", "query", "session"], set.ColumnNames);
        Assert.Equal(log.Impressions.Select(i => i.QueryId), set.Column("query").ToArray());
        Assert.Equal(log.Impressions.Select(i => i.SessionId), set.Column("session").ToArray());
        Assert.Equal(log.Impressions.Select(i => i.ProductId), set.Column("item").ToArray());
        Assert.Equal(set.Groups.ToArray(), set.Column("query").ToArray());
    }

    [Fact]
    public void ToSampleSet_FeaturesDoNotDependOnClicksOrPurchases()
    {
        var log = Generate(7);
        var flipped = new EcommerceSearchLog(
            log.Queries,
            log.Products,
            log.Sessions,
            [.. log.Impressions.Select(i => i with { Clicked = !i.Clicked, Purchased = !i.Purchased, Examined = !i.Examined })]);

        var original = EcommerceSearchFeatures.ToSampleSet(log);
        var changed = EcommerceSearchFeatures.ToSampleSet(flipped);

        Assert.Equal(original.Features.ToArray(), changed.Features.ToArray());
        Assert.NotEqual(original.Labels.ToArray(), changed.Labels.ToArray());
    }

    [Fact]
    public void Defaults_ClicksAreLearnable_LogisticRegressionTestAucAtLeast075()
    {
        // The quickstart must tell fake clicks from real ones, so real clicks must be predictable from the features:
        // train on the clean train split, score the held-out test split, for the first five seeds.
        var request = new DatasetRequest("clicks", EcommerceSearchSource.Name, PluginParameters.Empty);
        var aucs = new List<double>();
        var positionOnly = new List<double>();
        foreach (var seed in Seeds)
        {
            var split = DatasetLoader.Load(request, seed);
            var model = LogisticRegression.Fit(split.Train);
            aucs.Add(Auc.Of(model.Score(split.Test), split.Test.Labels));
            positionOnly.Add(Auc.Of([.. Enumerable.Range(0, split.Test.Count).Select(i => (double)split.Test.Row(i)[4])], split.Test.Labels));
        }

        Assert.All(aucs, auc => Assert.True(auc >= 0.75, $"test AUC {auc:F3} < 0.75; all: {string.Join(", ", aucs.Select(a => a.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))}"));
        // And not by position alone: relevance and rating must carry signal too.
        Assert.True(aucs.Average() > positionOnly.Average() + 0.02, $"model {aucs.Average():F3} vs position only {positionOnly.Average():F3}");
    }
}
