using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Metrics;

namespace SampleImportance.Evaluation.Tests.Metrics;

public sealed class MetricCatalogTests
{
    private readonly MetricCatalog _catalog = MetricCatalog.CreateDefault();

    [Theory]
    [InlineData("accuracy", MetricDirection.HigherIsBetter, false)]
    [InlineData("auc", MetricDirection.HigherIsBetter, false)]
    [InlineData("log-likelihood", MetricDirection.HigherIsBetter, false)]
    [InlineData("label-likelihood", MetricDirection.HigherIsBetter, false)]
    [InlineData("mse", MetricDirection.LowerIsBetter, false)]
    [InlineData("ndcg@10", MetricDirection.HigherIsBetter, true)]
    [InlineData("ndcg", MetricDirection.HigherIsBetter, true)]
    [InlineData("mrr", MetricDirection.HigherIsBetter, true)]
    public void Every_built_in_metric_knows_its_direction_and_whether_it_needs_groups(string name, MetricDirection direction, bool needsGroups)
    {
        Assert.True(_catalog.TryCreate(name, out var metric, out _));
        var descriptor = metric.Describe();
        Assert.Equal(name, descriptor.Name);
        Assert.Equal(direction, descriptor.Direction);
        Assert.Equal(needsGroups, descriptor.NeedsGroups);
    }

    [Theory]
    [InlineData("ndcg@0", "at least 1")]
    [InlineData("ndcg@x", "at least 1")]
    [InlineData("accuracy@3", "takes no cutoff")]
    [InlineData("precision", "Unknown metric 'precision'; known: accuracy, auc, label-likelihood, log-likelihood, mrr, mse, ndcg@k.")]
    public void Bad_names_are_explained(string name, string expected)
    {
        Assert.False(_catalog.TryCreate(name, out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_cannot_be_registered_twice() =>
        Assert.Throws<ArgumentException>(() => MetricCatalog.CreateDefault().AddWithCutoff("ndcg", k => new ConstantMetric()));

    private sealed class ConstantMetric : IMetric
    {
        public MetricDescriptor Describe() => new("constant", "Test.", MetricDirection.HigherIsBetter, false, PredictionKind.Score);

        public double Compute(MetricInput input) => 1.0;
    }
}
