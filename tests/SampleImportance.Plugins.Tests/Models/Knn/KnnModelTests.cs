using SampleImportance.Abstractions;
using SampleImportance.Kernels;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Models.Knn;

public class KnnModelTests
{
    // One feature: rows at 0, 1, 1, 3 with labels 0, 1, 0, 1.
    private static readonly SampleSet Line = new([0f, 1f, 1f, 3f], 1, [0, 1, 0, 1]);

    private static IModel Fit(int k, SampleSet data, params int[] rows) => Fit(k, data, new NaiveComputeBackend(), rows);

    private static IModel Fit(int k, SampleSet data, IComputeBackend compute, int[] rows)
    {
        var model = Contexts.Model(new KnnModelFactory(), compute, ("k", k));
        model.Fit(data, rows, []);
        return model;
    }

    [Fact]
    public void Describe_declares_class_scores_label_likelihood_and_k()
    {
        var descriptor = new KnnModelFactory().Describe();

        Assert.Equal(("knn", ModelCapabilities.None, PredictionKind.ClassScores, "label-likelihood"), (descriptor.Id, descriptor.Capabilities, descriptor.Predictions, descriptor.DefaultMetric));
        var k = Assert.Single(descriptor.Parameters);
        Assert.Equal(("k", ParameterKind.Integer, "5", 1.0), (k.Name, k.Kind, k.Default, k.Minimum!.Value));
    }

    [Fact]
    public void Invalid_k_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Contexts.Model(new KnnModelFactory(), null, ("k", 0)));

        Assert.Contains("'k' must be at least 1, got 0.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_are_the_training_sets_class_count_and_at_least_two()
    {
        var threeClasses = new SampleSet([0f, 1f, 2f, 3f], 1, [0, 2, 1, 0]);
        var oneClass = new SampleSet([0f, 1f], 1, [0, 0]);

        Assert.Equal(2, Contexts.Model(new KnnModelFactory()).Outputs);
        Assert.Equal(2, Fit(1, Line, 0, 1).Outputs);
        Assert.Equal(3, Fit(1, threeClasses, 0, 3).Outputs);
        Assert.Equal(3, Fit(1, threeClasses).Outputs);
        Assert.Equal(2, Fit(1, oneClass, 0, 1).Outputs);
        Assert.Equal([1.0, 0.0, 0.0], Scoring.Predict(Fit(1, threeClasses, 0, 3), new SampleSet([0.2f], 1, [0])));
    }

    [Fact]
    public void Class_scores_divide_by_K_even_when_fewer_rows_are_fitted()
    {
        var query = new SampleSet([0f], 1, [0]);

        Assert.Equal([1.0 / 5, 0.0], Scoring.Predict(Fit(5, Line, 0), query));
        Assert.Equal([2.0 / 5, 2.0 / 5], Scoring.Predict(Fit(5, Line, 0, 1, 2, 3), query));
    }

    [Fact]
    public void An_empty_fit_predicts_zeros()
    {
        var queries = new SampleSet([0f, 3f], 1, [0, 1]);

        Assert.Equal([0.0, 0.0, 0.0, 0.0], Scoring.Predict(Fit(3, Line), queries));
        Assert.Equal(0.0, Scoring.Score(Fit(3, Line), queries, "label-likelihood"));
    }

    [Fact]
    public void Class_scores_are_neighbour_votes_over_K()
    {
        // From 0: rows 0, 1, 2 (labels 0, 1, 0). From 3: rows 3, then 1 and 2 tie at distance 4 (labels 1, 1, 0).
        var queries = new SampleSet([0f, 3f], 1, [0, 1]);

        Assert.Equal([2.0 / 3, 1.0 / 3, 1.0 / 3, 2.0 / 3], Scoring.Predict(Fit(3, Line, 0, 1, 2, 3), queries));
    }

    [Fact]
    public void A_distance_tie_goes_to_the_lower_training_row_whatever_the_fit_order()
    {
        // From 1.2, rows 1 and 2 (both at 1) are nearest; K = 1 must pick row 1 (label 1).
        var query = new SampleSet([1.2f], 1, [1]);

        Assert.Equal([0.0, 1.0], Scoring.Predict(Fit(1, Line, 2, 1, 0), query));
        Assert.Equal([0.0, 1.0], Scoring.Predict(Fit(1, Line, 0, 1, 2), query));
    }

    [Fact]
    public void Accuracy_over_a_tied_vote_shares_the_point()
    {
        // From 0.9 with K = 2: rows 1 (label 1) and 2 (label 0) vote 1–1, so each label earns half a point.
        var model = Fit(2, Line, 0, 1, 2, 3);

        Assert.Equal(0.5, Scoring.Score(model, new SampleSet([0.9f], 1, [0]), "accuracy"));
        Assert.Equal(0.5, Scoring.Score(model, new SampleSet([0.9f], 1, [1]), "accuracy"));

        // From 3: row 3 (label 1), then row 1 (label 1) wins its tie with row 2: a clear vote for 1.
        Assert.Equal(0.75, Scoring.Score(model, new SampleSet([0.9f, 3f], 1, [1, 1]), "accuracy"));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(3, true)]
    [InlineData(5, true)]
    [InlineData(20, false)]
    public void Label_likelihood_of_knn_predictions_is_Jia_et_als_utility(int k, bool integerGrid)
    {
        var train = ToyData.Blobs(12, 2, 300 + k, separation: 1.0, integerGrid: integerGrid);
        var validation = ToyData.Blobs(6, 2, 400 + k, separation: 1.0, integerGrid: integerGrid);
        var random = new Random(k);
        for (var trial = 0; trial < 40; trial++)
        {
            // Subsets of every size, in a shuffled fit order; trial 0 is the empty set.
            var subset = Enumerable.Range(0, train.Count).Where(_ => random.Next(3) < trial % 4).OrderBy(_ => random.Next()).ToArray();

            var actual = Scoring.Score(Fit(k, train, subset), validation, "label-likelihood");

            Assert.Equal(JiaUtility(train, validation, subset, k), actual, 1e-12);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_simd_backend_predicts_what_the_naive_backend_predicts(bool integerGrid)
    {
        var train = ToyData.Blobs(400, 9, 31, integerGrid: integerGrid);
        var validation = ToyData.Blobs(50, 9, 32, integerGrid: integerGrid);
        var rows = Enumerable.Range(0, train.Count).Where(r => r % 5 != 2).ToArray();
        using var simd = new SimdCpuBackend(preferredQueryTile: 7);

        var expected = Scoring.Predict(Fit(10, train, new NaiveComputeBackend(preferredQueryTile: 16), rows), validation);
        var actual = Scoring.Predict(Fit(10, train, simd, rows), validation);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_ilgpu_cpu_backend_predicts_what_the_naive_backend_predicts()
    {
        // Small: the ILGPU CPU accelerator simulates the device kernels and is slow.
        var train = ToyData.Blobs(40, 4, 33, integerGrid: true);
        var validation = ToyData.Blobs(9, 4, 34, integerGrid: true);
        var rows = Enumerable.Range(0, train.Count).Where(r => r % 4 != 1).ToArray();
        using var ilgpu = ComputeBackendFactory.Create(ComputeDevices.IlgpuCpu);

        var expected = Scoring.Predict(Fit(4, train, new NaiveComputeBackend(), rows), validation);
        var actual = Scoring.Predict(Fit(4, train, ilgpu, rows), validation);

        Assert.Equal("ilgpu-cpu", ilgpu.Name);
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// Jia et al. (2019): U(S) = mean over validation points of (1/K)·Σ_{k ≤ min(K, |S|)} 1[y_{α_k(S)} = y], with α the
    /// rows of S by float squared distance, ties to the lower row.
    /// </summary>
    private static double JiaUtility(SampleSet train, SampleSet validation, int[] subset, int k)
    {
        var total = 0.0;
        for (var q = 0; q < validation.Count; q++)
        {
            var query = validation.Row(q);
            var distance = new float[train.Count];
            for (var row = 0; row < train.Count; row++)
            {
                for (var f = 0; f < train.FeatureCount; f++)
                {
                    var d = query[f] - train.Row(row)[f];
                    distance[row] += d * d;
                }
            }

            var nearest = subset.OrderBy(r => distance[r]).ThenBy(r => r).Take(k);
            total += nearest.Count(r => train.Labels[r] == validation.Labels[q]) / (double)k;
        }

        return total / validation.Count;
    }
}
