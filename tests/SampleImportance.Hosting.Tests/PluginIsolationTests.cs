using System.Reflection;
using System.Runtime.Loader;
using SampleImportance.Abstractions;
using static SampleImportance.Hosting.Tests.TestPluginFolders;

namespace SampleImportance.Hosting.Tests;

public sealed class PluginIsolationTests
{
    [Fact]
    public void ContractTypes_AreTheHostsOwn_InsideEveryPlugin()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Valid)));
        object estimator = catalog.CreateEstimator("test-constant");
        var pluginContext = AssemblyLoadContext.GetLoadContext(estimator.GetType().Assembly)!;

        Assert.Contains(typeof(IEstimator), estimator.GetType().GetInterfaces());
        Assert.Same(typeof(IEstimator).Assembly, pluginContext.LoadFromAssemblyName(typeof(IEstimator).Assembly.GetName()));
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(typeof(SampleSet).Assembly));
    }

    [Fact]
    public void EachPluginAssembly_GetsItsOwnLoadContext()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Root));
        var host = AssemblyLoadContext.GetLoadContext(typeof(PluginCatalog).Assembly);

        var contexts = new[] { "test-constant", "test-throwing", "test-hanging", "test-survivor" }
            .Select(id => AssemblyLoadContext.GetLoadContext(catalog.CreateEstimator(id).GetType().Assembly))
            .ToArray();

        Assert.All(contexts, c => Assert.NotSame(host, c));
        Assert.Equal(contexts.Length, contexts.Distinct().Count());
    }

    [Fact]
    public void TwoCatalogs_LoadTheSamePluginIntoSeparateContexts()
    {
        using var first = PluginCatalog.Load(OnlyDirectories(Folder(Valid)));
        using var second = PluginCatalog.Load(OnlyDirectories(Folder(Valid)));

        Assembly a = first.CreateEstimator("test-constant").GetType().Assembly;
        Assembly b = second.CreateEstimator("test-constant").GetType().Assembly;

        Assert.NotSame(a, b);
        Assert.NotSame(AssemblyLoadContext.GetLoadContext(a), AssemblyLoadContext.GetLoadContext(b));
    }
}
