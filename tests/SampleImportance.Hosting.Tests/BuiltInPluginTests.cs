using System.Runtime.Loader;
using SampleImportance.Abstractions;
using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;
using static SampleImportance.Hosting.Tests.TestPluginFolders;

namespace SampleImportance.Hosting.Tests;

/// <summary>
/// The shipped plugins, loaded from their build output as the CLI loads them. They reference the contract and the SDK
/// without carrying either, so they only work if the host shares both.
/// </summary>
public sealed class BuiltInPluginTests
{
    private const string Estimators = "SampleImportance.Plugins.Estimators";
    private const string Models = "SampleImportance.Plugins.Models";

    [Fact]
    public void BuiltInPlugins_LoadFromDisk_WithoutProblems()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(BuiltInRoot));

        Assert.Empty(catalog.Problems);
        Assert.Equal([Estimators, Models], catalog.Plugins.Select(p => p.AssemblyName));
        Assert.Equal(["ame", "banzhaf-msr", "beta-shapley", "classwise-shapley", "data-oob", "datainf", "gradient-norm", "influence", "knn-shapley", "label-only", "leave-one-out", "loss", "random", "soft-knn-shapley", "threshold-knn-shapley", "tmc-shapley", "tracin"], catalog.Estimators.Select(e => e.Id));
        Assert.Equal(["knn", "linear-ranker", "linear-regression", "logistic-regression", "matrix-factorization", "mlp", "softmax-regression"], catalog.Models.Select(m => m.Id));
    }

    [Theory]
    [InlineData(Estimators)]
    [InlineData(Models)]
    public void BuiltInPlugins_DoNotCarryTheSharedAssemblies(string plugin)
    {
        var folder = Path.Combine(BuiltInRoot, plugin);

        Assert.True(File.Exists(Path.Combine(folder, plugin + ".dll")), $"{plugin} was not copied to {folder}.");
        Assert.False(File.Exists(Path.Combine(folder, "SampleImportance.Sdk.dll")));
        Assert.False(File.Exists(Path.Combine(folder, "SampleImportance.Abstractions.dll")));
    }

    [Fact]
    public void TmcShapley_FromDisk_UsesTheHostsSdk()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Path.Combine(BuiltInRoot, Estimators)));
        var estimator = catalog.CreateEstimator("tmc-shapley");
        var pluginContext = AssemblyLoadContext.GetLoadContext(estimator.GetType().Assembly)!;
        var sdk = typeof(SemivalueMonteCarlo).Assembly;

        Assert.NotSame(AssemblyLoadContext.Default, pluginContext);
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(sdk));
        Assert.Same(sdk, pluginContext.LoadFromAssemblyName(sdk.GetName()));
    }

    [Fact]
    public void TmcShapley_WithAnSdkCopyBesideIt_StillUsesTheHostsSdk()
    {
        // A third party's plugin may ship the SDK (a default reference copies it): the host's must win, or the
        // plugin's SDK types would not be the host's.
        using var temp = new TempPluginDirectory();
        var folder = temp.CopyFolder(Path.Combine(BuiltInRoot, Estimators), Estimators);
        var sdk = typeof(SemivalueMonteCarlo).Assembly;
        File.Copy(sdk.Location, Path.Combine(folder, Path.GetFileName(sdk.Location)));

        using var catalog = PluginCatalog.Load(OnlyDirectories(temp.Path));
        var pluginContext = AssemblyLoadContext.GetLoadContext(catalog.CreateEstimator("tmc-shapley").GetType().Assembly)!;

        Assert.Empty(catalog.Problems);
        Assert.Same(sdk, pluginContext.LoadFromAssemblyName(sdk.GetName()));
    }

    [Fact]
    public async Task TmcShapley_FromDisk_RunsOnATinyGame_AndFindsItsShapleyValues()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Path.Combine(BuiltInRoot, Estimators)));
        var descriptor = Assert.Single(catalog.Estimators, e => e.Id == "tmc-shapley");
        double[] weights = [0.5, -1.0, 2.0, 0.25];
        var utility = new AdditiveGame(weights);

        // As the host does: the run's parameters with every default filled in.
        var parameters = new PluginParameters([new("permutations", "20")]).WithDefaults(descriptor.Parameters);
        var result = await catalog.CreateEstimator("tmc-shapley").EstimateAsync(TestContexts.Create(parameters, utility), CancellationToken.None);

        // In an additive game every marginal contribution is the unit's weight, so any permutation gives it exactly.
        Assert.Equal(weights.Length, result.Values.Count);
        Assert.All(weights.Zip(result.Values), pair => Assert.Equal(pair.First, pair.Second, 12));
        Assert.All(result.StandardErrors!, e => Assert.Equal(0, e, 12));
        Assert.InRange(utility.Evaluations, 1, 20 * (weights.Length + 1));
    }
}
