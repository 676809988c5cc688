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
    [InlineData("map", MetricDirection.HigherIsBetter, true)]
    [InlineData("map@10", MetricDirection.HigherIsBetter, true)]
    [InlineData("recall@20", MetricDirection.HigherIsBetter, true)]
    [InlineData("precision@5", MetricDirection.HigherIsBetter, true)]
    [InlineData("ipw-dcg", MetricDirection.HigherIsBetter, true)]
    [InlineData("ipw-dcg@10", MetricDirection.HigherIsBetter, true)]
    [InlineData("ipw-ndcg@10", MetricDirection.HigherIsBetter, true)]
    [InlineData("ipw-mrr", MetricDirection.HigherIsBetter, true)]
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
    [InlineData("mrr@3", "takes no cutoff")]
    [InlineData("recall", "Metric 'recall' needs a cutoff; write e.g. 'recall@10'.")]
    [InlineData("precision", "Metric 'precision' needs a cutoff")]
    [InlineData("hit-rate", "Unknown metric 'hit-rate'; known: accuracy, auc, ipw-dcg@k, ipw-mrr, ipw-ndcg@k, label-likelihood, log-likelihood, map@k, mrr, mse, ndcg@k, precision@k, recall@k.")]
    public void Bad_names_are_explained(string name, string expected)
    {
        Assert.False(_catalog.TryCreate(name, out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_listing_describes_every_registered_metric_with_its_direction()
    {
        var descriptors = _catalog.Descriptors;
        Assert.Equal(_catalog.Names, descriptors.Select(d => d.Name));
        foreach (var descriptor in descriptors)
        {
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description), descriptor.Name);
            Assert.True(Enum.IsDefined(descriptor.Direction), descriptor.Name);
            // Every listed name is one a suite can write (k replaced by a number).
            Assert.True(_catalog.TryCreate(descriptor.Name.Replace("@k", "@5", StringComparison.Ordinal), out var metric, out var problem), problem);
            Assert.Equal(descriptor.Direction, metric.Describe().Direction);
            Assert.Equal(descriptor.NeedsGroups, metric.Describe().NeedsGroups);
        }

        Assert.Equal(MetricDirection.LowerIsBetter, descriptors.Single(d => d.Name == "mse").Direction);
        Assert.Contains(descriptors, d => d.Name == "recall@k" && d.NeedsGroups);
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
