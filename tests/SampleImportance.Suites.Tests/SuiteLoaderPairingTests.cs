namespace SampleImportance.Suites.Tests;

/// <summary><c>models:</c> on an estimator entry pairs it with some of the suite's models only.</summary>
public sealed class SuiteLoaderPairingTests
{
    [Fact]
    public void Paired_estimator_runs_only_with_its_models_and_others_with_all()
    {
        var plan = SuiteAssert.Valid("""
            name: pairing
            seeds: [1, 2]
            datasets: [{ id: d, source: synthetic/tabular }]
            models:
              - { id: lr, plugin: logistic-regression }
              - { id: knn, plugin: knn }
            estimators:
              - { id: inf, plugin: influence, models: [lr] }
              - { id: knn-shapley, plugin: knn-shapley }
            """);

        Assert.Equal(["lr"], plan.Estimators[0].Models);
        Assert.Null(plan.Estimators[1].Models);
        var pairs = plan.Cells.Select(c => $"{c.Model.Id}/{c.Estimator.Id}/{c.Seed}").ToList();
        Assert.Equal(["lr/inf/1", "lr/inf/2", "lr/knn-shapley/1", "lr/knn-shapley/2", "knn/knn-shapley/1", "knn/knn-shapley/2"], pairs);
    }

    [Fact]
    public void Pairing_with_an_unknown_or_repeated_model_is_an_error_at_its_line()
    {
        var result = SuiteAssert.Load("""
            name: pairing
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models:
              - { id: lr, plugin: logistic-regression }
            estimators:
              - { id: inf, plugin: influence, models: [lrr] }
              - { id: knn-shapley, plugin: knn-shapley, models: [lr, lr] }
              - { id: tmc, plugin: tmc-shapley, models: [] }
            """);

        var unknown = SuiteAssert.ErrorAt(result, 7, "names model 'lrr', which 'models' does not define");
        Assert.Contains("lr", unknown.Fix, StringComparison.Ordinal);
        SuiteAssert.ErrorAt(result, 8, "Model 'lr' is listed twice");
        SuiteAssert.ErrorAt(result, 9, "'estimators[2].models' is empty");
        Assert.Equal(3, SuiteAssert.Errors(result).Count);
    }
}
