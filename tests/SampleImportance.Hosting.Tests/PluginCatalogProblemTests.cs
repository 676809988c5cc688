using System.Runtime.Loader;
using McMaster.NETCore.Plugins;
using SampleImportance.Abstractions;
using static SampleImportance.Hosting.Tests.TestPluginFolders;

namespace SampleImportance.Hosting.Tests;

public sealed class PluginCatalogProblemTests
{
    [Fact]
    public void WrongContractVersion_IsRefusedWithoutLoading_AndNamesBothVersionsAndTheFix()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(WrongContract), Folder(Valid)));

        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(Dll(WrongContract), problem.File);
        Assert.Contains("plugin contract 99", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"contract {PluginContract.Version}", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"Rebuild the plugin against SampleImportance.Abstractions with contract {PluginContract.Version}", problem.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain(catalog.Plugins, p => p.AssemblyName == WrongContract);
        Assert.Equal(["test-constant"], catalog.Estimators.Select(e => e.Id));
        Assert.DoesNotContain(AssemblyLoadContext.All.SelectMany(c => c.Assemblies), a => a.GetName().Name == WrongContract);
    }

    [Fact]
    public void RealContractV1Plugin_IsRefusedByFile_NamingBothContracts_AndTheOthersStillLoad()
    {
        using var temp = new TempPluginDirectory();
        var v1 = Path.Combine(temp.CopyFolder(ContractV1Fixture, "ContractV1"), ContractV1Plugin + ".dll");

        using var catalog = PluginCatalog.Load(OnlyDirectories(temp.Path, Folder(Valid)));

        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(v1, problem.File);
        Assert.Matches(@"\bcontract 1\b", problem.Message);
        Assert.Matches($@"\bcontract {PluginContract.Version}\b", problem.Message);
        Assert.Contains($"contract {PluginContract.Version}", problem.Fix, StringComparison.Ordinal);

        // None of its estimators (the v1 sample's was neighbour-agreement), and its code never ran.
        Assert.Equal(["test-constant"], catalog.Estimators.Select(e => e.Id));
        Assert.Equal(["test-mean"], catalog.Models.Select(m => m.Id));
        Assert.Equal([Valid], catalog.Plugins.Select(p => p.AssemblyName));
        Assert.DoesNotContain(AssemblyLoadContext.All.SelectMany(c => c.Assemblies), a => a.GetName().Name == ContractV1Plugin);
    }

    [Fact]
    public void RepeatedParameterName_RefusesTheType_NamingFileTypeAndParameter()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Faulty)));

        var problem = Assert.Single(catalog.Problems, p => p.Message.Contains("RepeatedParameterEstimator", StringComparison.Ordinal));
        Assert.Equal(Dll(Faulty), problem.File);
        Assert.StartsWith("Type SampleImportance.TestPlugins.Faulty.RepeatedParameterEstimator could not be used as an estimator:", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'k'", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(catalog.Estimators, e => e.Id == "test-repeated-parameter");
        Assert.Throws<KeyNotFoundException>(() => catalog.CreateEstimator("test-repeated-parameter"));
    }

    [Fact]
    public void InvalidDefault_RefusesTheType_NamingFileTypeAndParameter()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Faulty)));

        var problem = Assert.Single(catalog.Problems, p => p.Message.Contains("InvalidDefaultEstimator", StringComparison.Ordinal));
        Assert.Equal(Dll(Faulty), problem.File);
        Assert.Contains("parameter 'k'", problem.Message, StringComparison.Ordinal);
        Assert.Contains(Dll(Faulty), problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(catalog.Estimators, e => e.Id == "test-invalid-default");
    }

    [Fact]
    public void DuplicateId_NamesBothFiles_AndKeepsTheOneFoundFirst()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Valid), Folder(WithDuplicateId)));

        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(Dll(WithDuplicateId), problem.File);
        Assert.Contains(Dll(Valid), problem.Message, StringComparison.Ordinal);
        Assert.Contains("'test-constant'", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Valid, catalog.CreateEstimator("test-constant").GetType().Assembly.GetName().Name);
    }

    [Fact]
    public void DuplicateId_InTheOtherSearchOrder_KeepsTheOtherOne()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(WithDuplicateId), Folder(Valid)));

        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(Dll(Valid), problem.File);
        Assert.Contains(Dll(WithDuplicateId), problem.Message, StringComparison.Ordinal);
        Assert.Equal(WithDuplicateId, catalog.CreateEstimator("test-constant").GetType().Assembly.GetName().Name);
        Assert.Equal(["test-mean"], catalog.Models.Select(m => m.Id));
    }

    [Theory]
    [InlineData("ThrowingConstructorEstimator", "could not be used as an estimator: its constructor threw InvalidOperationException: boom from a constructor")]
    [InlineData("ThrowingDescribeModelFactory", "could not be used as a model factory: Describe() threw InvalidOperationException: boom from Describe")]
    [InlineData("ConstructorWithArgumentsEstimator", "has no public parameterless constructor")]
    [InlineData("InvalidDefaultEstimator", "the default of parameter 'k' is invalid: 'k' must be at least 1, got 0.")]
    [InlineData("RepeatedParameterEstimator", "parameter 'k' is declared twice.")]
    public void BrokenType_IsAProblemNamingFileTypeAndCause(string type, string cause)
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Faulty)));

        var problem = Assert.Single(catalog.Problems, p => p.Message.Contains($"SampleImportance.TestPlugins.Faulty.{type} ", StringComparison.Ordinal));
        Assert.Equal(Dll(Faulty), problem.File);
        Assert.Contains(cause, problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Fix);
    }

    [Fact]
    public void BrokenTypes_DoNotStopTheRestOfTheirPlugin()
    {
        using var catalog = PluginCatalog.Load(OnlyDirectories(Folder(Faulty)));

        Assert.Equal(5, catalog.Problems.Count);
        var plugin = Assert.Single(catalog.Plugins);
        Assert.Equal(["test-survivor"], plugin.Estimators);
        Assert.Empty(plugin.Models);
        Assert.Equal(["test-survivor"], catalog.Estimators.Select(e => e.Id));
        Assert.Equal("test-survivor", catalog.CreateEstimator("test-survivor").Describe().Id);
    }

    [Fact]
    public void CorruptDll_IsAProblemNamingTheFile_AndTheOthersStillLoad()
    {
        using var temp = new TempPluginDirectory(Valid, Throwing);
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var corrupt = temp.Write(Path.Combine("Corrupt", "Corrupt.dll"), bytes);

        using var catalog = PluginCatalog.Load(OnlyDirectories(temp.Path));

        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(corrupt, problem.File);
        Assert.StartsWith("Not a valid .NET assembly", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["test-constant", "test-throwing"], catalog.Estimators.Select(e => e.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(512)]
    [InlineData(2048)]
    public void TruncatedPluginDll_IsAProblemNamingTheFile(int keepBytes)
    {
        using var temp = new TempPluginDirectory(Valid);
        var truncated = temp.Write("Truncated.dll", File.ReadAllBytes(Dll(Valid))[..keepBytes]);

        using var catalog = PluginCatalog.Load(OnlyDirectories(temp.Path));

        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(truncated, problem.File);
        Assert.NotNull(problem.Fix);
        Assert.Equal(["test-constant"], catalog.Estimators.Select(e => e.Id));
    }

    [Fact]
    public void DependencyDlls_WithoutTheMarker_AreSkippedSilently()
    {
        using var temp = new TempPluginDirectory(Valid);
        // A third-party dependency, and the contract itself shipped by mistake beside the plugin.
        File.Copy(typeof(PluginLoader).Assembly.Location, Path.Combine(temp.Path, Valid, "McMaster.NETCore.Plugins.dll"));
        File.Copy(typeof(IEstimator).Assembly.Location, Path.Combine(temp.Path, Valid, "SampleImportance.Abstractions.dll"));

        using var catalog = PluginCatalog.Load(OnlyDirectories(temp.Path));

        Assert.Empty(catalog.Problems);
        Assert.Equal([Valid], catalog.Plugins.Select(p => p.AssemblyName));
        Assert.IsAssignableFrom<IEstimator>(catalog.CreateEstimator("test-constant"));
    }

    [Fact]
    public void MissingDirectory_IsAProblemNamingIt_AndTheOthersStillLoad()
    {
        var missing = Path.Combine(Root, "does-not-exist");

        using var catalog = PluginCatalog.Load(OnlyDirectories(missing, Folder(Valid)));

        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(missing, problem.File);
        Assert.Contains("--plugins", problem.Message, StringComparison.Ordinal);
        Assert.Equal([Folder(Valid)], catalog.Directories);
        Assert.Equal(["test-constant"], catalog.Estimators.Select(e => e.Id));
    }

    [Fact]
    public void ProblemToString_ReadsAsOneLine()
    {
        var problem = new PluginLoadProblem("/p/X.dll", "It broke.", "Fix it.");

        Assert.Equal("/p/X.dll: It broke. Fix: Fix it.", problem.ToString());
        Assert.Equal("/p/X.dll: It broke.", (problem with { Fix = null }).ToString());
    }
}
