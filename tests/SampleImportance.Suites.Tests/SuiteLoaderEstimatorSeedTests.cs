namespace SampleImportance.Suites.Tests;

/// <summary>The estimator-seed axis: <c>estimator-seeds: [...]</c> multiplies the cells with the data held fixed.</summary>
public sealed class SuiteLoaderEstimatorSeedTests
{
    private static string Suite(string? estimatorSeeds, string seeds = "[1, 3]") =>
        "name: axis\n" +
        "seeds: " + seeds + "\n" +
        (estimatorSeeds is null ? string.Empty : "estimator-seeds: " + estimatorSeeds + "\n") +
        """
        datasets:
          - { id: tab, source: synthetic/tabular }
        models:
          - { id: knn, plugin: knn }
        estimators:
          - { id: knn-shapley, plugin: knn-shapley }
          - { id: tmc, plugin: tmc-shapley }
        """;

    [Fact]
    public void Without_the_key_every_cell_has_estimator_seed_1_and_todays_id()
    {
        var plan = SuiteAssert.Valid(Suite(estimatorSeeds: null));

        Assert.Equal([1], plan.EstimatorSeeds);
        Assert.All(plan.Cells, c => Assert.Equal(1, c.EstimatorSeed));
        Assert.Equal(
            ["tab/none/knn/knn-shapley/1", "tab/none/knn/knn-shapley/3", "tab/none/knn/tmc/1", "tab/none/knn/tmc/3"],
            plan.Cells.Select(c => c.Key.Id));
    }

    [Fact]
    public void Cells_are_seeds_by_estimator_seeds_with_the_estimator_seed_varying_fastest()
    {
        var plan = SuiteAssert.Valid(Suite("[1, 2, 5]"));

        Assert.Equal([1, 2, 5], plan.EstimatorSeeds);
        Assert.Equal(1 * 1 * 2 * 2 * 3, plan.Cells.Count);
        Assert.Equal(
            [
                "tab/none/knn/knn-shapley/1", "tab/none/knn/knn-shapley/1/e2", "tab/none/knn/knn-shapley/1/e5",
                "tab/none/knn/knn-shapley/3", "tab/none/knn/knn-shapley/3/e2", "tab/none/knn/knn-shapley/3/e5",
                "tab/none/knn/tmc/1", "tab/none/knn/tmc/1/e2", "tab/none/knn/tmc/1/e5",
                "tab/none/knn/tmc/3", "tab/none/knn/tmc/3/e2", "tab/none/knn/tmc/3/e5",
            ],
            plan.Cells.Select(c => c.Key.Id));
        Assert.Equal([(1, 1), (1, 2), (1, 5), (3, 1), (3, 2), (3, 5)], plan.Cells.Take(6).Select(c => (c.Seed, c.EstimatorSeed)));
        Assert.Equal(plan.Cells.Count, plan.Cells.Select(c => c.Key).Distinct().Count());
    }

    [Fact]
    public void The_order_written_is_kept_and_zero_is_a_seed_like_any_other()
    {
        var plan = SuiteAssert.Valid(Suite("[7, 0]", seeds: "[1]"));

        Assert.Equal([7, 0], plan.EstimatorSeeds);
        Assert.Equal(["tab/none/knn/knn-shapley/1/e7", "tab/none/knn/knn-shapley/1/e0"], plan.Cells.Take(2).Select(c => c.Key.Id));
    }

    [Fact]
    public void A_duplicate_estimator_seed_is_an_error_at_its_line_with_a_fix()
    {
        var result = SuiteAssert.Load(Suite("[1, 2, 2]"));

        Assert.False(result.Succeeded);
        var error = SuiteAssert.ErrorAt(result, 3, "Estimator seed 2 is listed twice under 'estimator-seeds' (first at line 3)");
        Assert.Contains("estimator-seeds: [1, 2, 3]", error.Fix, StringComparison.Ordinal);
        Assert.Single(SuiteAssert.Errors(result));
    }

    [Theory]
    [InlineData("[1, x]", "'estimator-seeds[]' must be a whole number")]
    [InlineData("[1, 2.5]", "'estimator-seeds[]' must be a whole number")]
    [InlineData("[4294967296]", "'estimator-seeds[]' must be a whole number (32-bit)")]
    [InlineData("[]", "'estimator-seeds' is empty")]
    [InlineData("3", "'estimator-seeds' must be a list")]
    [InlineData("", "'estimator-seeds' has no value")]
    public void Bad_estimator_seeds_fail_validation_at_line_3(string value, string fragment)
    {
        var result = SuiteAssert.Load(Suite(value));

        Assert.False(result.Succeeded);
        Assert.Null(result.Plan);
        var error = SuiteAssert.ErrorAt(result, 3, fragment);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    [Fact]
    public void The_seeds_list_keeps_its_own_message_and_rules()
    {
        var result = SuiteAssert.Load(Suite("[1]", seeds: "[4, 4]"));

        SuiteAssert.ErrorAt(result, 2, "Seed 4 is listed twice");
    }
}
