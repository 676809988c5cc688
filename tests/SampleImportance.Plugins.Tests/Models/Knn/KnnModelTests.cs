using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Knn;
using SampleImportance.Plugins.Tests.Support;

namespace SampleImportance.Plugins.Tests.Models.Knn;

public class KnnModelTests
{
    // One feature: rows at 0, 1, 1, 3 with labels 0, 1, 0, 1.
    private static readonly SampleSet Line = new([0f, 1f, 1f, 3f], 1, [0, 1, 0, 1]);

    private static IModel Fit(int k, SampleSet data, params int[] rows)
    {
        var model = new KnnModelFactory().Create(Contexts.Parameters(("k", k)));
        model.Fit(data, rows, []);
        return model;
    }

    [Fact]
    public void Likelihood_divides_by_K_even_when_fewer_rows_are_fitted()
    {
        var query = new SampleSet([0f], 1, [0]);

        Assert.Equal(1.0 / 5.0, Fit(5, Line, 0).Score(query, "knn-likelihood"), 15);
        Assert.Equal(2.0 / 5.0, Fit(5, Line, 0, 1, 2, 3).Score(query, "knn-likelihood"), 15);
        Assert.Equal(0.0, Fit(5, Line).Score(query, "knn-likelihood"));
    }

    [Fact]
    public void A_distance_tie_goes_to_the_lower_training_row_whatever_the_fit_order()
    {
        // From 1.2, rows 1 and 2 (both at 1) are nearest; K = 1 must pick row 1 (label 1).
        var query = new SampleSet([1.2f], 1, [1]);

        Assert.Equal(1.0, Fit(1, Line, 2, 1, 0).Score(query, "knn-likelihood"));
        Assert.Equal(1.0, Fit(1, Line, 0, 1, 2).Score(query, "accuracy"));
    }

    [Fact]
    public void Accuracy_is_a_majority_vote_with_ties_to_the_lower_label()
    {
        // From 0.9 with K = 2: rows 1 (label 1) and 2 (label 0) tie 1–1, so the vote is 0.
        var labelledZero = new SampleSet([0.9f], 1, [0]);
        var labelledOne = new SampleSet([0.9f], 1, [1]);
        var model = Fit(2, Line, 0, 1, 2, 3);

        Assert.Equal(1.0, model.Score(labelledZero, "accuracy"));
        Assert.Equal(0.0, model.Score(labelledOne, "accuracy"));
        Assert.Equal(1.0, Fit(3, Line).Score(labelledZero, "accuracy"));
    }

    [Fact]
    public void Predict_is_the_fraction_of_nearest_rows_labelled_one()
    {
        var queries = new SampleSet([0f, 3f], 1, [0, 1]);
        var scores = new double[2];

        Fit(3, Line, 0, 1, 2, 3).Predict(queries, scores);

        Assert.Equal([1.0 / 3.0, 2.0 / 3.0], scores);
        Fit(3, Line).Predict(queries, scores);
        Assert.Equal([0.5, 0.5], scores);
    }

    [Fact]
    public void Unknown_metric_and_invalid_parameters_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Fit(1, Line, 0).Score(Line, "auc"));
        var error = Assert.Throws<ArgumentException>(() => new KnnModelFactory().Create(Contexts.Parameters(("k", 0))));
        Assert.Contains("'k' = 0 is below the minimum 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_puts_knn_likelihood_first_and_lists_k()
    {
        var descriptor = new KnnModelFactory().Describe();

        Assert.Equal(["knn-likelihood", "accuracy"], descriptor.Metrics);
        Assert.Equal("5", Assert.Single(descriptor.Parameters).Default);
    }
}
