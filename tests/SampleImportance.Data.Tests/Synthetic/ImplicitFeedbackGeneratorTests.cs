using SampleImportance.Abstractions;
using SampleImportance.Data.Sources;
using SampleImportance.Data.Synthetic.Implicit;
using SampleImportance.Data.Tests.Support;
using SampleImportance.Validation;

namespace SampleImportance.Data.Tests.Synthetic;

public class ImplicitFeedbackGeneratorTests
{
    private static ImplicitFeedbackLog Generate(int seed, ImplicitFeedbackOptions? options = null) =>
        ImplicitFeedbackGenerator.Generate(options ?? new ImplicitFeedbackOptions(), new Random(seed));

    [Fact]
    public void Generate_Defaults_SessionsHoldInteractionsAndTheirSampledNegatives()
    {
        var log = Generate(1);

        // 60 users × 4 sessions × 5 interactions × (1 + 4 negatives).
        Assert.Equal(60 * 4 * 5 * 5, log.Candidates.Count);
        foreach (var session in log.Candidates.GroupBy(c => c.Session))
        {
            var rows = session.ToArray();
            Assert.Single(rows.Select(c => c.User).Distinct());
            Assert.Equal(5, rows.Count(c => c.Interacted));
            Assert.Equal(20, rows.Count(c => !c.Interacted));
            Assert.Equal(rows.Length, rows.Select(c => c.Item).Distinct().Count());
        }

        // A negative is never an item the user interacts with in any of its sessions.
        foreach (var user in log.Candidates.GroupBy(c => c.User))
        {
            var interacted = user.Where(c => c.Interacted).Select(c => c.Item).ToHashSet();
            Assert.DoesNotContain(user.Where(c => !c.Interacted), c => interacted.Contains(c.Item));
        }
    }

    [Fact]
    public void Generate_SameSeed_SameLog_OtherSeed_OtherLog()
    {
        Assert.Equal(Generate(4).Candidates, Generate(4).Candidates);
        Assert.NotEqual(Generate(4).Candidates, Generate(5).Candidates);
    }

    [Fact]
    public void Generate_PopularityBias_FewItemsTakeMuchOfTheHistory()
    {
        // Taste off, so popularity alone decides.
        var log = Generate(2, new ImplicitFeedbackOptions { PopularityExponent = 1.0, TasteStrength = 0 });
        var flat = Generate(2, new ImplicitFeedbackOptions { PopularityExponent = 0.0, TasteStrength = 0 });

        double TopTenShare(ImplicitFeedbackLog l) => l.ItemHistory.OrderDescending().Take(10).Sum() / (double)l.ItemHistory.Sum();

        // 10 of 200 items are 5% of the catalogue; power-law popularity gives them far more of the interactions.
        // Zipf with s = 1 gives the top 10 of 200 items H(10)/H(200) ≈ 0.5 of the draws; flat popularity 0.05.
        Assert.InRange(TopTenShare(log), 0.4, 0.6);
        Assert.InRange(TopTenShare(flat), 0.05, 0.15);
    }

    [Fact]
    public void Features_PredictInteractions_WithoutTheLatentFactors()
    {
        var rows = ImplicitFeedbackFeatures.ToSampleSet(Generate(3));

        Assert.Equal(["item-log-popularity", "user-log-activity", "category-affinity", "category-log-popularity", "user-item-log-history"], rows.FeatureNames);
        Assert.Equal(["item", "session", "user"], rows.ColumnNames);
        Assert.Equal(rows.Column("user").ToArray(), rows.Groups.ToArray());

        // Taste shows through the history features: a logistic regression on them ranks interactions well.
        var model = LogisticRegression.Fit(rows);
        var auc = Auc.Of(model.Score(rows), rows.Labels);
        Assert.True(auc > 0.75, $"AUC {auc:F3}");
    }

    [Fact]
    public void Source_SplitsBySession_AndRefusesACatalogueTooSmallForItsNegatives()
    {
        var split = DatasetLoader.Load(new DatasetRequest("feedback", "synthetic/implicit-feedback", PluginParameters.Empty), 1);
        var trainSessions = split.Train.Column("session").ToArray().ToHashSet();
        Assert.DoesNotContain(split.Test.Column("session").ToArray(), trainSessions.Contains);
        Assert.DoesNotContain(split.Validation.Column("session").ToArray(), trainSessions.Contains);

        var small = new PluginParameters(new Dictionary<string, string> { ["items"] = "30" });
        var error = Assert.Throws<InputException>(() => DatasetLoader.Load(new DatasetRequest("feedback", "synthetic/implicit-feedback", small), 1));
        Assert.Contains("Raise 'items' to at least 40", Assert.Single(error.Errors).Fix, StringComparison.Ordinal);
    }
}
