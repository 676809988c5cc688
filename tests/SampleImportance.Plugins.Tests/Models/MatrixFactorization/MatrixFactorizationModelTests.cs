using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.MatrixFactorization;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Models.MatrixFactorization;

public class MatrixFactorizationModelTests
{
    private const int Users = 45;
    private const int Items = 60;
    private const int Clusters = 3;

    [Fact]
    public void Describe_declares_class_scores_a_ranking_metric_and_the_documented_defaults()
    {
        var descriptor = new MatrixFactorizationModelFactory().Describe();

        Assert.Equal(("matrix-factorization", ModelCapabilities.None, PredictionKind.ClassScores, "ndcg@10"), (descriptor.Id, descriptor.Capabilities, descriptor.Predictions, descriptor.DefaultMetric));
        Assert.Equal(
            [("factors", "16"), ("learning-rate", "0.05"), ("l2", "0.01"), ("epochs", "30")],
            descriptor.Parameters.Select(p => (p.Name, p.Default)));
        Assert.NotNull(Scoring.Metric(descriptor.DefaultMetric));
    }

    [Fact]
    public void Learns_planted_taste_clusters_far_better_than_popularity()
    {
        var (train, test) = Planted(seed: 7);
        var model = Fit(train);

        var ndcg = Scoring.Score(model, test, "ndcg@10");
        var popularity = PopularityNdcg(train, test);

        // Users like the items of their own cluster; item popularity is the same across clusters, so only taste ranks well.
        Assert.True(ndcg > popularity + 0.25, $"matrix-factorization ndcg@10 {ndcg:F3}, popularity {popularity:F3}");
        Assert.True(ndcg > 0.8, $"ndcg@10 {ndcg:F3}");
    }

    [Fact]
    public void Same_seed_same_scores_and_another_seed_other_scores()
    {
        var (train, test) = Planted(seed: 3);

        var first = Scoring.Predict(Fit(train), test);
        var again = Scoring.Predict(Fit(train), test);
        var other = Scoring.Predict(Fit(train, seed: 2), test);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Unseen_users_score_by_item_bias_and_unseen_items_score_zero()
    {
        var (train, _) = Planted(seed: 5);
        var model = Fit(train);
        var columns = new Dictionary<string, int[]>
        {
            ["user"] = [1000, 1001, 0],
            ["item"] = [4, 4, 5000],
        };
        var probe = new SampleSet(new float[3], 1, [0, 0, 0], columns: columns);

        var scores = Scoring.Predict(model, probe);

        // Two unseen users share the item's bias; an unseen item gets x = 0, i.e. σ(0) = 0.5.
        Assert.Equal(scores[1], scores[3]);
        Assert.NotEqual(0.5, scores[1]);
        Assert.Equal([0.5, 0.5], scores[4..]);
    }

    [Fact]
    public void Data_without_user_and_item_columns_is_refused_with_the_needed_column()
    {
        var model = Contexts.Model(new MatrixFactorizationModelFactory());
        var data = new SampleSet([0f, 1f], 1, [0, 1]);

        var error = Assert.Throws<ArgumentException>(() => model.Fit(data, [0, 1], []));

        Assert.Contains("'user'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fitting_no_interaction_predicts_one_half()
    {
        var (train, test) = Planted(seed: 1);
        var negatives = Enumerable.Range(0, train.Count).Where(r => train.Labels[r] == 0).ToArray();
        var model = Contexts.Model(new MatrixFactorizationModelFactory());
        model.Fit(train, negatives, []);

        Assert.All(Scoring.Predict(model, test), p => Assert.Equal(0.5, p));
    }

    private static IModel Fit(SampleSet train, int seed = 1)
    {
        var factory = new MatrixFactorizationModelFactory();
        var model = factory.Create(new ModelContext
        {
            Parameters = PluginParameters.Empty.WithDefaults(factory.Describe().Parameters),
            Seed = seed,
            Compute = new NaiveComputeBackend(),
        });
        model.Fit(train, [.. Enumerable.Range(0, train.Count)], []);
        return model;
    }

    /// <summary>
    /// Users and items in three taste clusters; a user interacts with 8 items of its cluster in training and is tested on
    /// its cluster's other items (positives) against items of the other clusters (negatives). Training negatives are
    /// items of other clusters, as a negative sampler would mostly draw.
    /// </summary>
    private static (SampleSet Train, SampleSet Test) Planted(int seed)
    {
        var random = new Random(seed);
        var train = new List<(int User, int Item, double Label)>();
        var test = new List<(int User, int Item, double Label)>();
        var perCluster = Items / Clusters;
        for (var u = 0; u < Users; u++)
        {
            var cluster = u % Clusters;
            var own = Enumerable.Range(cluster * perCluster, perCluster).OrderBy(_ => random.Next()).ToArray();
            var others = Enumerable.Range(0, Items).Where(i => i / perCluster != cluster).OrderBy(_ => random.Next()).ToArray();
            train.AddRange(own.Take(8).Select(i => (u, i, 1.0)));
            train.AddRange(others.Take(8).Select(i => (u, i, 0.0)));
            test.AddRange(own.Skip(8).Take(5).Select(i => (u, i, 1.0)));
            test.AddRange(others.Skip(8).Take(15).Select(i => (u, i, 0.0)));
        }

        return (ToSet(train), ToSet(test));
    }

    private static SampleSet ToSet(List<(int User, int Item, double Label)> rows)
    {
        var users = rows.Select(r => r.User).ToArray();
        var columns = new Dictionary<string, int[]> { ["user"] = users, ["item"] = [.. rows.Select(r => r.Item)] };
        return new SampleSet(new float[rows.Count], 1, [.. rows.Select(r => r.Label)], (int[])users.Clone(), columns: columns);
    }

    /// <summary>NDCG@10 of scoring each test item by its number of training interactions.</summary>
    private static double PopularityNdcg(SampleSet train, SampleSet test)
    {
        var counts = new Dictionary<int, int>();
        for (var row = 0; row < train.Count; row++)
        {
            if (train.Labels[row] == 1)
            {
                counts[train.Column("item")[row]] = counts.GetValueOrDefault(train.Column("item")[row]) + 1;
            }
        }

        var scores = new double[test.Count];
        for (var row = 0; row < test.Count; row++)
        {
            scores[row] = counts.GetValueOrDefault(test.Column("item")[row]);
        }

        return Scoring.Metric("ndcg@10").Compute(new MetricInput(scores, 1, test.Labels, test.Groups, []));
    }
}
