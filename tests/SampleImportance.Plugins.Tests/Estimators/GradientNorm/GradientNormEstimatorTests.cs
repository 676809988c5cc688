using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.GradientNorm;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Models.LinearRanker;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Plugins.Tests.Support;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Plugins.Tests.Estimators.GradientNorm;

public class GradientNormEstimatorTests
{
    private static readonly GradientNormEstimator Estimator = new();

    private static readonly SampleSet Train = ToyData.Blobs(25, 3, 101, separation: 1.0);

    private static int[] All(SampleSet data) => Enumerable.Range(0, data.Count).ToArray();

    private static async Task<ImportanceResult> Run(SampleSet train, IModelFactory factory, string? score = null, UnitPartition? units = null)
    {
        var parameters = score is null ? PluginParameters.Empty : Contexts.Parameters(("score", score));
        return await Estimator.EstimateAsync(Contexts.Create(Estimator, train, train, factory, parameters, units: units), CancellationToken.None);
    }

    [Fact]
    public async Task Grand_on_a_pairwise_ranker_keeps_pairs_that_span_hundreds_of_rows()
    {
        // 30 queries of 10 rows: query 25 straddles row 256, where a blocked gradient pass would split its pairs.
        var train = RankingData.Linear(30, 10, 3, seed: 7, noise: 0.5);
        var model = (IGradientModel)Contexts.Model(new LinearRankerModelFactory());
        model.Fit(train, All(train), []);
        var gradients = new double[train.Count * model.ParameterCount];
        model.LossGradients(train, All(train), gradients);

        var result = await Run(train, new LinearRankerModelFactory(), "grand");

        for (var i = 0; i < train.Count; i++)
        {
            var norm = Math.Sqrt(gradients.AsSpan(i * model.ParameterCount, model.ParameterCount).ToArray().Sum(g => g * g));
            Assert.Equal(-norm, result.Values[i], 10);
        }
    }

    private static double[] FittedProbabilityOfOne(SampleSet train)
    {
        var model = Contexts.Model(new LogisticRegressionModelFactory());
        model.Fit(train, All(train), []);
        var predictions = Scoring.Predict(model, train);
        return Enumerable.Range(0, train.Count).Select(i => predictions[(2 * i) + 1]).ToArray();
    }

    [Fact]
    public async Task El2n_is_minus_the_distance_of_the_class_scores_from_the_one_hot_label()
    {
        var p1 = FittedProbabilityOfOne(Train);

        var result = await Run(Train, new LogisticRegressionModelFactory());

        for (var i = 0; i < Train.Count; i++)
        {
            // Two classes: ‖(p0 − [y = 0], p1 − [y = 1])‖₂ = √2·|p1 − y|.
            var y = Train.Labels[i];
            var byHand = Math.Sqrt(Math.Pow(1 - p1[i] - (y == 0 ? 1 : 0), 2) + Math.Pow(p1[i] - (y == 1 ? 1 : 0), 2));
            Assert.Equal(-byHand, result.Values[i], 12);
            Assert.Equal(-Math.Sqrt(2) * Math.Abs(p1[i] - y), result.Values[i], 12);
        }
    }

    [Fact]
    public async Task Grand_is_minus_the_logistic_loss_gradient_norm_computed_by_hand()
    {
        var p1 = FittedProbabilityOfOne(Train);

        var result = await Run(Train, new LogisticRegressionModelFactory(), "grand");

        for (var i = 0; i < Train.Count; i++)
        {
            // ∇θ ℓ = (σ(z) − y)·(x, 1) for θ = (β, b).
            var x = Train.Row(i).ToArray();
            var byHand = Math.Abs(p1[i] - Train.Labels[i]) * Math.Sqrt(x.Sum(v => (double)v * v) + 1);
            Assert.Equal(-byHand, result.Values[i], 10);
        }

        Assert.Contains("GraNd", result.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task El2n_of_a_single_score_model_is_minus_the_absolute_residual()
    {
        var train = new SampleSet([0f, 1f, 2f, 3f], 1, [1.0, 2.0, 4.0, 9.0]);

        var result = await Run(train, new MeanScoreModelFactory());

        Assert.Equal([-3.0, -2.0, 0.0, -5.0], result.Values);
    }

    [Fact]
    public async Task Grand_on_a_model_without_gradients_says_what_to_use_instead()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Run(Train, new KnnModelFactory(), "grand"));

        Assert.Contains("'knn' has none. Use score=el2n", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("el2n")]
    [InlineData("grand")]
    public async Task Mislabeled_points_of_a_clean_separable_set_get_the_lowest_values(string score)
    {
        int[] flipped = [3, 18, 27, 44];
        var train = ToyData.FlipLabels(ToyData.Blobs(60, 2, 81, separation: 8.0), flipped);

        var result = await Run(train, new LogisticRegressionModelFactory(), score);

        Assert.Equal(flipped, Enumerable.Range(0, train.Count).OrderBy(i => result.Values[i]).Take(flipped.Length).Order());
        Assert.All(result.Values, v => Assert.True(v <= 0));
    }

    [Fact]
    public async Task A_groups_value_is_the_mean_of_its_rows_values()
    {
        var sessions = Enumerable.Range(0, Train.Count).Select(i => i % 4).ToArray();
        var train = ToyData.WithIdColumn(Train, "session", sessions);
        var rows = (await Run(train, new LogisticRegressionModelFactory())).Values;

        var result = await Run(train, new LogisticRegressionModelFactory(), units: UnitPartition.ByColumn("session", train.Column("session")));

        for (var u = 0; u < 4; u++)
        {
            Assert.Equal(Enumerable.Range(0, train.Count).Where(r => sessions[r] == u).Average(r => rows[r]), result.Values[u], 12);
        }
    }

    [Fact]
    public void Describe_lists_the_score_with_a_valid_default()
    {
        var descriptor = Estimator.Describe();

        Assert.Equal("gradient-norm", descriptor.Id);
        var score = Assert.Single(descriptor.Parameters);
        Assert.Equal(("score", "el2n"), (score.Name, score.Default));
        Assert.Equal(["el2n", "grand"], score.AllowedValues!);
        Assert.Equal((EstimatorRequirements.FittedModel, ValueUnits.Rows | ValueUnits.Groups), (descriptor.Requirements, descriptor.Units));
    }
}
