using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.LinearRanker;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Models.LinearRanker;

public class LinearRankerModelTests
{
    private static readonly SampleSet Train = RankingData.Linear(30, 10, 5, 71);
    private static readonly SampleSet Validation = RankingData.Linear(20, 10, 5, 72);
    private static readonly SampleSet Noisy = RankingData.Linear(8, 7, 3, 73, noise: 1.0);

    private static LinearRankerModel Create(params (string, object)[] parameters) =>
        (LinearRankerModel)Contexts.Model(new LinearRankerModelFactory(), null, parameters);

    private static int[] All(SampleSet data) => Enumerable.Range(0, data.Count).ToArray();

    private static LinearRankerModel Fitted(SampleSet data, params (string, object)[] parameters)
    {
        var model = Create(parameters);
        model.Fit(data, All(data), []);
        Assert.True(model.Converged, $"{model.LastIterations} steps");
        return model;
    }

    [Fact]
    public void Describe_declares_capabilities_scores_ndcg_at_10_and_parameters()
    {
        var descriptor = new LinearRankerModelFactory().Describe();

        Assert.Equal("linear-ranker", descriptor.Id);
        Assert.Equal(ModelCapabilities.WarmStart | ModelCapabilities.SampleWeights | ModelCapabilities.Gradients, descriptor.Capabilities);
        Assert.Equal(PredictionKind.Score, descriptor.Predictions);
        Assert.Equal("ndcg@10", descriptor.DefaultMetric);
        Assert.Equal(
            [
                ("l2", ParameterKind.Number, "1", 0.0, 1e12),
                ("max-iterations", ParameterKind.Integer, "100", 1.0, 100_000.0),
                ("tolerance", ParameterKind.Number, "1E-09", 0.0, 1.0),
            ],
            descriptor.Parameters.Select(p => (p.Name, p.Kind, p.Default, p.Minimum!.Value, p.Maximum!.Value)));
    }

    [Fact]
    public void Learns_a_known_linear_ranking_on_held_out_groups()
    {
        var model = Fitted(Train);

        var w = model.Parameters.ToArray();
        var truth = RankingData.TrueWeights.Concat([0.0, 0.0]).ToArray();
        var cosine = Dot(w, truth) / Math.Sqrt(Dot(w, w) * Dot(truth, truth));
        Assert.True(cosine > 0.99, $"cosine {cosine}");
        Assert.True(Scoring.Score(model, Validation, "ndcg@10") > 0.99);

        // An untrained ranker ties every row, which scores well below the fitted one.
        Assert.True(Scoring.Score(Create(), Validation, "ndcg@10") < 0.95);
    }

    [Fact]
    public void Predictions_are_the_linear_score()
    {
        var model = Fitted(Noisy);

        var predictions = Scoring.Predict(model, Noisy);

        Assert.Equal(1, model.Outputs);
        for (var i = 0; i < Noisy.Count; i++)
        {
            Assert.Equal(Score(Noisy, i, model.Parameters.ToArray()), predictions[i], 1e-12);
        }
    }

    [Fact]
    public void Row_order_including_the_order_of_tied_labels_does_not_change_the_fit()
    {
        var permutation = All(Noisy).OrderBy(i => (i * 37) % Noisy.Count).ToArray();
        var shuffled = Noisy.Select(permutation);

        var original = Fitted(Noisy).Parameters.ToArray();
        var reordered = Fitted(shuffled).Parameters.ToArray();

        Assert.Contains(Noisy.Labels.ToArray().GroupBy(l => l), g => g.Count() > 1);
        Assert.Equal(original, reordered, (a, b) => Math.Abs(a - b) < 1e-10);
    }

    [Fact]
    public void Pairs_never_cross_groups()
    {
        // Within each group a larger x ranks higher; across groups the second group has the lower x but the higher
        // labels, so pairs across groups would pull the weight negative.
        float[] x = [10, 11, 12, 0, 1, 2];
        var grouped = new SampleSet(x, 1, [0, 1, 2, 3, 4, 5], [1, 1, 1, 2, 2, 2]);
        var relabelled = new SampleSet(x, 1, [0, 1, 2, 0, 1, 2], [1, 1, 1, 2, 2, 2]);
        var oneList = new SampleSet(x, 1, [0, 1, 2, 3, 4, 5]);

        var w = Fitted(grouped).Parameters[0];

        Assert.True(w > 0);
        Assert.Equal(w, Fitted(relabelled).Parameters[0]);
        Assert.True(Fitted(oneList).Parameters[0] < 0);
        Assert.Equal(6, Fitted(grouped).LastPairCount);
    }

    [Fact]
    public void Loss_gradients_match_finite_differences_of_each_rows_loss()
    {
        var model = Fitted(Noisy);
        var rows = All(Noisy);
        var p = model.ParameterCount;
        var gradients = new double[rows.Length * p];

        model.LossGradients(Noisy, rows, gradients);

        var theta = model.Parameters.ToArray();
        const double h = 1e-6;
        for (var i = 0; i < rows.Length; i++)
        {
            for (var a = 0; a < p; a++)
            {
                var numeric = (RowLoss(Noisy, i, Shifted(theta, a, h)) - RowLoss(Noisy, i, Shifted(theta, a, -h))) / (2 * h);
                Assert.Equal(numeric, gradients[(i * p) + a], 1e-7);
            }
        }

        Assert.Contains(gradients, g => Math.Abs(g) > 1e-3);
    }

    [Fact]
    public void Loss_gradients_plus_the_penalty_vanish_at_the_fit()
    {
        var model = Fitted(Noisy, ("l2", 0.5), ("tolerance", 1e-11));
        var p = model.ParameterCount;
        var gradients = new double[Noisy.Count * p];

        model.LossGradients(Noisy, All(Noisy), gradients);

        for (var a = 0; a < p; a++)
        {
            var sum = 0.5 * model.Parameters[a];
            for (var i = 0; i < Noisy.Count; i++)
            {
                sum += gradients[(i * p) + a];
            }

            Assert.Equal(0.0, sum, 1e-8);
        }
    }

    [Fact]
    public void Hessian_matches_finite_differences_and_the_hessian_vector_product()
    {
        var model = Fitted(Noisy);
        var theta = model.Parameters.ToArray();
        var p = theta.Length;
        var hessian = new double[p * p];

        Assert.True(model.TryComputeHessian(Noisy, All(Noisy), hessian));

        const double h = 1e-4;
        double F(int a, double da, int b, double db) => Objective(Noisy, Shifted(Shifted(theta, a, da), b, db), l2: 1.0);
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                var numeric = (F(a, h, b, h) - F(a, h, b, -h) - F(a, -h, b, h) + F(a, -h, b, -h)) / (4 * h * h);
                Assert.Equal(numeric, hessian[(a * p) + b], 1e-4);
            }
        }

        double[] v = [0.3, -1.2, 2.0];
        var product = new double[p];
        model.HessianVectorProduct(Noisy, All(Noisy), v, product);
        for (var a = 0; a < p; a++)
        {
            Assert.Equal(Enumerable.Range(0, p).Sum(b => hessian[(a * p) + b] * v[b]), product[a], 1e-10);
        }
    }

    [Fact]
    public void A_warm_start_reaches_the_cold_fit_in_fewer_steps()
    {
        var full = Fitted(Train);
        var subset = All(Train).Where(i => i % 17 != 3).ToArray();
        var cold = Create();
        var warm = Create();

        cold.Fit(Train, subset, []);
        warm.Fit(Train, subset, [], full);

        Assert.True(warm.Converged);
        Assert.Equal(cold.Parameters.ToArray(), warm.Parameters.ToArray(), (a, b) => Math.Abs(a - b) < 1e-8);
        Assert.True(warm.LastIterations < cold.LastIterations, $"warm {warm.LastIterations}, cold {cold.LastIterations}");
    }

    [Fact]
    public void Same_seed_same_numbers()
    {
        var first = Scoring.Predict(Fitted(Train), Validation);
        var second = Scoring.Predict(Fitted(Train), Validation);

        Assert.Equal(first, second);
    }

    [Fact]
    public void An_integer_weight_counts_as_copies_of_the_row()
    {
        var weights = Enumerable.Repeat(1.0, Noisy.Count).ToArray();
        weights[4] = 3.0;
        var duplicated = ToyData.WithDuplicates(Noisy, 4, 4);
        var weighted = Create();

        weighted.Fit(Noisy, All(Noisy), weights);

        Assert.Equal(Fitted(duplicated).Parameters.ToArray(), weighted.Parameters.ToArray(), (a, b) => Math.Abs(a - b) < 1e-10);
    }

    [Fact]
    public void Without_pairs_every_row_scores_zero()
    {
        var model = Create();

        model.Fit(Noisy, Noisy.Labels.ToArray().Select((l, i) => (l, i)).Where(t => t.l == 1).Select(t => t.i).ToArray(), []);

        Assert.Equal((0, true, 0), (model.LastPairCount, model.Converged, model.LastIterations));
        Assert.All(Scoring.Predict(model, Noisy), s => Assert.Equal(0.0, s));
    }

    [Fact]
    public void Non_finite_labels_are_refused()
    {
        var data = new SampleSet([0f, 1f], 1, [0, double.NaN]);

        Assert.Throws<ArgumentException>(() => Create().Fit(data, [0, 1], []));
    }

    // Row i's loss as documented: ½ Σ over its pairs (same group, different label) of log(1 + e^{−(s_high − s_low)}).
    private static double RowLoss(SampleSet data, int i, double[] theta)
    {
        var sum = 0.0;
        for (var j = 0; j < data.Count; j++)
        {
            if (data.Groups[j] == data.Groups[i] && data.Labels[j] != data.Labels[i])
            {
                var (high, low) = data.Labels[i] > data.Labels[j] ? (i, j) : (j, i);
                sum += 0.5 * Math.Log(1 + Math.Exp(Score(data, low, theta) - Score(data, high, theta)));
            }
        }

        return sum;
    }

    private static double Objective(SampleSet data, double[] theta, double l2) =>
        Enumerable.Range(0, data.Count).Sum(i => RowLoss(data, i, theta)) + (0.5 * l2 * Dot(theta, theta));

    private static double Score(SampleSet data, int row, double[] theta)
    {
        var features = data.Row(row);
        var sum = 0.0;
        for (var f = 0; f < theta.Length; f++)
        {
            sum += theta[f] * features[f];
        }

        return sum;
    }

    private static double[] Shifted(double[] theta, int a, double by)
    {
        var copy = theta.ToArray();
        copy[a] += by;
        return copy;
    }

    private static double Dot(double[] a, double[] b) => a.Zip(b).Sum(t => t.First * t.Second);
}
