using System.Security.Cryptography;
using SampleImportance.Abstractions;
using static SampleImportance.Hosting.Tests.TestPluginFolders;

namespace SampleImportance.Hosting.Tests;

public sealed class PluginCatalogDiscoveryTests
{
    [Fact]
    public void Load_TestPluginsFolder_FindsEveryUsableEstimatorAndModel()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Root));

        Assert.Equal(["test-constant", "test-hanging", "test-survivor", "test-throwing"], catalog.Estimators.Select(e => e.Id));
        Assert.Equal(["test-mean"], catalog.Models.Select(m => m.Id));
    }

    [Fact]
    public void Load_TestPluginsFolder_ReportsProblemsOnlyForTheBadPlugins()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Root));

        Assert.Equal(
            new[] { Dll(Faulty), Dll(WithDuplicateId), Dll(WrongContract) },
            catalog.Problems.Select(p => p.File).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plugins_AreLoadedAssembliesInPathOrder()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Root));

        Assert.Equal([Faulty, Hanging, Throwing, Valid, WithDuplicateId], catalog.Plugins.Select(p => p.AssemblyName));
        Assert.Equal(catalog.Plugins.Select(p => p.Path).Order(StringComparer.Ordinal), catalog.Plugins.Select(p => p.Path));
    }

    [Fact]
    public void Plugins_DescribeProvenanceAndComponents()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Root));

        var valid = Assert.Single(catalog.Plugins, p => p.AssemblyName == Valid);
        Assert.Equal(Dll(Valid), valid.Path);
        Assert.True(Path.IsPathFullyQualified(valid.Path));
        Assert.Equal(PluginContract.Version, valid.ContractVersion);
        Assert.StartsWith("0.1.0", valid.Version, StringComparison.Ordinal);
        Assert.Equal(["test-constant"], valid.Estimators);
        Assert.Equal(["test-mean"], valid.Models);

        // The duplicate's only estimator was skipped, so its assembly provides nothing.
        var duplicate = Assert.Single(catalog.Plugins, p => p.AssemblyName == WithDuplicateId);
        Assert.Empty(duplicate.Estimators);
    }

    [Fact]
    public void Sha256_MatchesAnIndependentHashOfTheFile()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Root));

        foreach (var plugin in catalog.Plugins)
        {
            var expected = string.Concat(SHA256.HashData(File.ReadAllBytes(plugin.Path)).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(expected, plugin.Sha256);
        }
    }

    [Fact]
    public void CreateEstimator_SameId_ReturnsAFreshInstanceEachCall()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Valid)));

        var first = catalog.CreateEstimator("test-constant");
        var second = catalog.CreateEstimator("test-constant");

        Assert.NotSame(first, second);
        Assert.Equal(first.GetType(), second.GetType());
    }

    [Fact]
    public async Task CreateEstimator_RunsThePluginsCode_WithTheHostsDataAndParameters()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Valid)));
        var estimator = catalog.CreateEstimator("test-constant");

        var result = await estimator.EstimateAsync(TestContexts.Create(new PluginParameters([new("offset", "0.5")])), CancellationToken.None);

        Assert.Equal([0.5, 1.5, 1.5, 1.0], result.Values);
    }

    [Fact]
    public void Estimators_CarryTheDescribedParameters()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Valid)));

        var constant = Assert.Single(catalog.Estimators);
        var offset = Assert.Single(constant.Parameters);
        Assert.Equal(("offset", ParameterKind.Number, "0"), (offset.Name, offset.Kind, offset.Default));
        Assert.Equal(["shift", "clip"], Assert.Single(catalog.Models).Parameters.Select(p => p.Name));
    }

    [Fact]
    public void GetModelFactory_ReturnsAFactoryWhoseModelsWork()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Valid)));
        var model = catalog.GetModelFactory("test-mean").Create(TestContexts.ForModel(new PluginParameters([new("shift", "1")])));

        model.Fit(TestContexts.Train, [1, 2, 3], []);
        var scores = new double[TestContexts.Train.Count];
        model.Predict(TestContexts.Train, scores);

        Assert.All(scores, s => Assert.Equal((1.0 + 1.0 + 0.5) / 3 + 1, s, 12));
    }

    [Fact]
    public void CreateEstimator_UnknownId_ThrowsListingTheAvailableIds()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Valid), Folder(Throwing)));

        var ex = Assert.Throws<KeyNotFoundException>(() => catalog.CreateEstimator("nope"));

        Assert.Equal("No estimator has id 'nope'. Available: test-constant, test-throwing.", ex.Message);
    }

    [Fact]
    public void GetModelFactory_UnknownId_ThrowsListingTheAvailableIds()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Throwing)));

        var ex = Assert.Throws<KeyNotFoundException>(() => catalog.GetModelFactory("test-mean"));

        Assert.Equal("No model has id 'test-mean'. Available: (none).", ex.Message);
    }

    [Fact]
    public async Task ThrowingPlugin_LoadsButItsEstimatorThrowsWhenRun()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Throwing)));
        var estimator = catalog.CreateEstimator("test-throwing");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => estimator.EstimateAsync(TestContexts.Create(), CancellationToken.None));

        Assert.Empty(catalog.Problems);
        Assert.Equal("boom from test-throwing", ex.Message);
    }

    [Fact]
    public async Task HangingPlugin_EstimatorEndsOnlyWhenCancelled()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Hanging)));
        using var cancellation = new CancellationTokenSource();
        var run = catalog.CreateEstimator("test-hanging").EstimateAsync(TestContexts.Create(), cancellation.Token);

        await Task.Delay(50);
        Assert.False(run.IsCompleted);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public void Dispose_ThenCreateEstimator_Throws()
    {
        var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Valid)));

        catalog.Dispose();
        catalog.Dispose();

        Assert.Throws<ObjectDisposedException>(() => catalog.CreateEstimator("test-constant"));
        Assert.Throws<ObjectDisposedException>(() => catalog.GetModelFactory("test-mean"));
    }
}
