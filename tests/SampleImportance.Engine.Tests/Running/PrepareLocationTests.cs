using SampleImportance.Engine.Running;
using SampleImportance.Suites.Reading;
using SampleImportance.Validation;

namespace SampleImportance.Engine.Tests.Running;

/// <summary>Data the suite cannot split or corrupt as asked is bad input located in the suite, where the fix goes.</summary>
public sealed class PrepareLocationTests
{
    [Fact]
    public void A_generated_dataset_too_small_to_split_points_at_its_entry_in_the_suite()
    {
        // Found by the suite-knob property test: the error named no file or line, only "dataset 'shop' (...)".
        const string Yaml = """
            name: tiny-shop
            seeds: [1]
            datasets:
              - { id: shop, source: synthetic/ecommerce-search, params: { queries: 1, products: 2, sessions: 1, page-size: 2 } }
            models:
              - { id: mean, plugin: prior }
            estimators:
              - { id: label, plugin: label }
            timing: { enabled: false }
            """;
        var load = SuiteLoader.LoadText(Yaml, "/abs/tiny-shop.yaml", Path.GetTempPath(), new RunnerCatalog());
        Assert.True(load.Succeeded, string.Join("\n", load.Problems));

        var error = Assert.Single(Assert.Throws<InputException>(() => SuiteRunner.Prepare(load.Plan!)).Errors);

        Assert.Equal("/abs/tiny-shop.yaml", error.Location.File);
        Assert.Equal(4, error.Location.Line);
        Assert.StartsWith("Dataset 'shop' (synthetic/ecommerce-search): ", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }
}
