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
        var a = EcommerceSearchFeatures.ToSampleSet(Generate(9), 0.05, new Random(9));
        var b = EcommerceSearchFeatures.ToSampleSet(Generate(9), 0.05, new Random(9));
        var c = EcommerceSearchFeatures.ToSampleSet(Generate(10), 0.05, new Random(10));

        Assert.Equal(SampleSetBytes.Of(a), SampleSetBytes.Of(b));
        Assert.NotEqual(SampleSetBytes.Of(a), SampleSetBytes.Of(c));
    }

    [Fact]
    public void ToSampleSet_OneRowPerImpression_WithDocumentedFeatures()
    {
        var log = Generate(6);

        var set = EcommerceSearchFeatures.ToSampleSet(log, 0, new Random(1));

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

        var set = EcommerceSearchFeatures.ToSampleSet(log, 0.05, new Random(1));

        Assert.Equal(["appeal", "dwell", "grade", "item", "position", "purchased", "query", "session"], set.ColumnNames);
        Assert.Equal(log.Impressions.Select(i => i.Position), set.Column("position").ToArray());
        Assert.Equal(log.Impressions.Select(i => i.Purchased ? 1 : 0), set.Column("purchased").ToArray());
        Assert.Equal(log.Impressions.Select(i => i.DwellSeconds), set.Column("dwell").ToArray());
        Assert.Equal(log.Impressions.Select(i => i.Grade), set.Column("grade").ToArray());
        Assert.Equal(log.Impressions.Select(i => (int)Math.Round(100 * log.Products[i.ProductId].Appeal)), set.Column("appeal").ToArray());
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

        var original = EcommerceSearchFeatures.ToSampleSet(log, 0.05, new Random(2));
        var changed = EcommerceSearchFeatures.ToSampleSet(flipped, 0.05, new Random(2));

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
        var textMatchWithinPosition = new List<double>();
        foreach (var seed in Seeds)
        {
            var split = DatasetLoader.Load(request, seed);
            var model = LogisticRegression.Fit(split.Train);
            aucs.Add(Auc.Of(model.Score(split.Test), split.Test.Labels));

            // Within a position the page position says nothing; the noisy text match must still rank clicks first.
            var all = DatasetLoader.Load(request with { ValidationFraction = 0, TestFraction = 0.1 }, seed).Train;
            var positions = all.Column("position").ToArray();
            textMatchWithinPosition.Add(Enumerable.Range(1, 5).Average(p =>
            {
                var rows = Enumerable.Range(0, all.Count).Where(r => positions[r] == p).ToArray();
                return Auc.Of([.. rows.Select(r => (double)all.Row(r)[0])], [.. rows.Select(r => all.Labels[r])]);
            }));
        }

        Assert.All(aucs, auc => Assert.True(auc >= 0.75, $"test AUC {auc:F3} < 0.75; all: {string.Join(", ", aucs.Select(a => a.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))}"));
        Assert.True(textMatchWithinPosition.Average() > 0.65, $"text-match AUC within positions 1-5: {textMatchWithinPosition.Average():F3}");
    }

    [Fact]
    public void Cascade_NoClickAfterASatisfiedOne_AndEveryResultUpToItIsExamined()
    {
        var log = Generate(11, new EcommerceSearchOptions { ClickModel = EcommerceSearchOptions.Cascade });

        foreach (var session in log.Sessions)
        {
            var page = log.ImpressionsOf(session).ToArray();
            var stop = Array.FindIndex(page, i => i.Satisfied);
            Assert.All(page.Take(stop < 0 ? page.Length : stop + 1), i => Assert.True(i.Examined));
            Assert.All(page.Skip(stop < 0 ? page.Length : stop + 1), i => Assert.False(i.Examined || i.Clicked));
        }

        Assert.Contains(log.Sessions, s => log.ImpressionsOf(s).Count(i => i.Clicked) > 1);
    }

    [Fact]
    public void TrustBiasAndClickbait_Zero_NoTrustClicksAndNoClickbaitProducts()
    {
        var log = Generate(12, new EcommerceSearchOptions { TrustBias = 0, Clickbait = 0 });
        var biased = Generate(12, new EcommerceSearchOptions { TrustBias = 0.5, Clickbait = 0.5 });

        Assert.DoesNotContain(log.Impressions, i => i.TrustClick);
        Assert.DoesNotContain(log.Products, p => p.Clickbait);
        Assert.Contains(biased.Impressions, i => i.TrustClick && i.Position <= 3);
        Assert.InRange(biased.Products.Count(p => p.Clickbait) / (double)biased.Products.Count, 0.4, 0.6);
    }

    [Fact]
    public void SatisfiedClicksDwellLongerAndAloneConvert()
    {
        var clicks = Seeds.SelectMany(s => Generate(s).Clicks).ToArray();

        Assert.All(clicks.Where(c => c.Purchased), c => Assert.True(c.Satisfied));
        Assert.True(clicks.Where(c => c.Satisfied).Average(c => c.DwellSeconds) > 3 * clicks.Where(c => !c.Satisfied).Average(c => c.DwellSeconds));
        Assert.True(clicks.Where(c => c.Satisfied).Average(c => c.Relevance) > clicks.Where(c => !c.Satisfied).Average(c => c.Relevance));
        Assert.Contains(clicks, c => !c.Satisfied);
        Assert.All(Seeds.SelectMany(s => Generate(s).Impressions).Where(i => !i.Clicked), i => Assert.Equal(0, i.DwellSeconds));
    }

    [Fact]
    public void TextMatch_IsANoisyProxyOfRelevance()
    {
        var log = Generate(13);
        var set = EcommerceSearchFeatures.ToSampleSet(log, 0.05, new Random(13));

        var errors = Enumerable.Range(0, set.Count).Select(r => set.Row(r)[0] - log.Impressions[r].Relevance).ToArray();
        var sd = Math.Sqrt(errors.Average(e => e * e));
        Assert.InRange(sd, 0.04, 0.06);
        Assert.Equal(log.Impressions.Select(i => EcommerceSearchGenerator.GradeOf(i.Relevance)), log.Impressions.Select(i => i.Grade));
    }

    [Fact]
    public void TestLabels_Relevance_TestSplitCarriesGrades_TrainKeepsClicks()
    {
        var request = new DatasetRequest("clicks", EcommerceSearchSource.Name, new PluginParameters(new Dictionary<string, string> { ["test-labels"] = "relevance" }));
        var clicksOnly = DatasetLoader.Load(request with { Parameters = PluginParameters.Empty }, 4);

        var split = DatasetLoader.Load(request, 4);

        Assert.Equal(split.Test.Column("grade").ToArray().Select(g => (double)g), split.Test.Labels.ToArray());
        Assert.Contains(split.Test.Labels.ToArray(), l => l > 1);
        Assert.All(split.Train.Labels.ToArray(), l => Assert.True(l is 0 or 1));
        Assert.Equal(clicksOnly.Train.Labels.ToArray(), split.Train.Labels.ToArray());
        Assert.Equal(clicksOnly.Test.Features.ToArray(), split.Test.Features.ToArray());
    }
}
