namespace SampleImportance.Conformance.Tests.BuiltIn;

/// <summary>Every built-in estimator passes the conformance kit with the checks its table entry declares.</summary>
public class BuiltInConformanceTests
{
    public static TheoryData<string> Ids => [.. BuiltInEstimators.ById.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Conforms(string id)
    {
        var (options, setup) = ConformanceTable.For(id, BuiltInEstimators.ById[id]().Describe().Requirements);

        var report = await EstimatorConformance.AssertAsync(BuiltInEstimators.ById[id], options, setup);

        Assert.Contains("determinism", report.Checks);
    }

    [Fact]
    public void Discovery_finds_the_Shapley_family_and_the_table_names_only_real_estimators()
    {
        Assert.Superset(new HashSet<string>(["tmc-shapley", "beta-shapley", "banzhaf-msr", "knn-shapley", "random"]), BuiltInEstimators.ById.Keys.ToHashSet());
        Assert.Subset(BuiltInEstimators.ById.Keys.ToHashSet(), ConformanceTable.Entries.Keys.ToHashSet());
    }

    [Fact]
    public void Every_built_in_estimator_declares_its_checks_in_the_table()
    {
        // A new estimator must say which checks apply (orientation, axioms, exact values) rather than silently
        // getting the generic ones.
        Assert.Equal(BuiltInEstimators.ById.Keys.Order(StringComparer.Ordinal), ConformanceTable.Entries.Keys.Order(StringComparer.Ordinal));
    }
}
