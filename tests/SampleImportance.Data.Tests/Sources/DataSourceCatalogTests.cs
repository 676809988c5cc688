using SampleImportance.Abstractions;
using SampleImportance.Data.Corruptions;
using SampleImportance.Data.Sources;
using SampleImportance.Validation;

namespace SampleImportance.Data.Tests.Sources;

public sealed class DataSourceCatalogTests
{
    [Fact]
    public void The_default_catalog_describes_the_built_in_sources()
    {
        var catalog = DataSourceCatalog.CreateDefault();

        Assert.Equal(["synthetic/tabular", "synthetic/ecommerce-search", "synthetic/implicit-feedback", "csv", "svmlight", "npy", "otto-sessions", "esci", "online-retail"], catalog.Names);
        var tabular = catalog.Describe("synthetic/tabular")!;
        Assert.Equal(["rows=400", "features=8", "separation=1.5", "positive-rate=0.5"], tabular.Parameters.Select(p => $"{p.Name}={p.Default}"));
        Assert.Equal(LabelKinds.Binary, tabular.Labels);
        Assert.False(tabular.ReadsFiles);
        var csv = catalog.Describe("csv")!;
        Assert.True(csv.ReadsFiles);
        Assert.Equal(LabelKinds.Any, csv.Labels);
        Assert.Equal(["categorical=", "hash-buckets=16", "missing=error"], csv.Parameters.Select(p => $"{p.Name}={p.Default}"));
        Assert.True(csv.ReadsColumns);
        Assert.Equal(LabelKinds.Any, catalog.Describe("svmlight")!.Labels);
        Assert.False(catalog.Describe("svmlight")!.ReadsColumns);
    }

    [Fact]
    public void A_registered_source_loads_splits_and_corrupts_through_the_loader()
    {
        var sources = DataSourceCatalog.CreateDefault().Add(new StripesSource());
        var request = new DatasetRequest("stripes", StripesSource.Name, new PluginParameters([KeyValuePair.Create("rows", "40")]))
        {
            Corruption = new CorruptionRequest("label-flip", 0.1, PluginParameters.Empty),
        };

        var split = DatasetLoader.Load(request, 3, sources);

        Assert.Equal((20, 10, 10), (split.Train.Count, split.Validation.Count, split.Test.Count));
        Assert.Equal(2, split.NoiseMask!.Count(m => m));
        Assert.Equal(DatasetLoader.Load(request, 3, sources).Train.Labels.ToArray(), split.Train.Labels.ToArray());
    }

    [Fact]
    public void A_registered_sources_defaults_are_filled_in_and_its_ranges_checked()
    {
        var sources = new DataSourceCatalog().Add(new StripesSource());

        var split = DatasetLoader.Load(new DatasetRequest("stripes", StripesSource.Name, PluginParameters.Empty), 1, sources);
        var error = Assert.Throws<InputException>(() => DatasetLoader.Load(new DatasetRequest("stripes", StripesSource.Name, new PluginParameters([KeyValuePair.Create("rows", "2")])), 1, sources));

        Assert.Equal(8, split.Train.Count + split.Validation.Count + split.Test.Count);
        Assert.Contains("Parameter 'rows' of source 'stripes' must be at least 4 (got 2)", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_missing_from_the_catalog_is_unknown_with_a_suggestion()
    {
        var sources = new DataSourceCatalog().Add(new StripesSource());

        var error = Assert.Throws<InputException>(() => DatasetLoader.Load(new DatasetRequest("t", "synthetic/tabular", PluginParameters.Empty), 1, sources));
        var typo = Assert.Throws<InputException>(() => DatasetLoader.Load(new DatasetRequest("s", "stripe", PluginParameters.Empty), 1, sources));

        Assert.Equal("Unknown dataset source 'synthetic/tabular'.", Assert.Single(error.Errors).Message);
        Assert.Equal("Sources: stripes.", error.Errors[0].Fix);
        Assert.Equal("Did you mean 'stripes'? Sources: stripes.", Assert.Single(typo.Errors).Fix);
    }

    [Fact]
    public void A_taken_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DataSourceCatalog.CreateDefault().Add(new StripesSource("csv")));
    }

    /// <summary>A source outside the built-ins: alternating labels, one feature holding the row number.</summary>
    private sealed class StripesSource(string name = StripesSource.Name) : IDataSource
    {
        public const string Name = "stripes";

        public DataSourceDescriptor Describe() => new(
            name,
            "Alternating labels.",
            [new ParameterDescriptor("rows", ParameterKind.Integer, "8", "Rows.", Minimum: 4)],
            LabelKinds.Binary);

        public SourceRows Load(DataSourceContext context)
        {
            var rows = context.Parameters.GetInt32("rows", 0);
            return new SourceRows(new SampleSet([.. Enumerable.Range(0, rows).Select(i => (float)i)], 1, [.. Enumerable.Range(0, rows).Select(i => (double)(i % 2))]));
        }
    }
}
