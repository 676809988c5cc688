using System.Reflection;
using SampleImportance.Architecture.Tests.Support;

namespace SampleImportance.Architecture.Tests;

/// <summary>The assembly graph is the layering in <see cref="LayerRules"/>, read from the compiled references.</summary>
public sealed class AssemblyDependencyTests
{
    [Fact]
    public void Each_assembly_references_only_the_assemblies_of_ours_its_layer_allows()
    {
        var references = ProductAssemblies.All.ToDictionary(
            a => a.GetName().Name!,
            a => (IReadOnlySet<string>)a.GetReferencedAssemblies().Select(r => r.Name!).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);

        Assert.Empty(LayerRules.Violations(references));
    }

    [Fact]
    public void The_contract_references_nothing_of_ours()
    {
        var ours = typeof(Abstractions.IEstimator).Assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(LayerRules.IsOurs);
        Assert.Empty(ours);
    }

    [Fact]
    public void Hosting_references_only_the_contract_and_the_sdk_of_ours()
    {
        var ours = typeof(Hosting.PluginCatalog).Assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(LayerRules.IsOurs);
        Assert.Equal([LayerRules.Abstractions, LayerRules.Sdk], ours.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_sdk_references_only_the_contract_of_ours()
    {
        var ours = typeof(Sdk.MonteCarlo.SemivalueMonteCarlo).Assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(LayerRules.IsOurs);
        Assert.Equal([LayerRules.Abstractions], ours);
    }

    [Fact]
    public void Plugins_may_reference_the_contract_and_the_sdk_only()
    {
        Assert.Equal([LayerRules.Abstractions, LayerRules.Sdk], LayerRules.PluginAllowed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_Timing_references_BenchmarkDotNet()
    {
        var users = ProductAssemblies.All
            .Where(a => a.GetReferencedAssemblies().Any(r => r.Name!.StartsWith("BenchmarkDotNet", StringComparison.Ordinal)))
            .Select(a => a.GetName().Name);
        Assert.Equal([LayerRules.Timing], users);
    }

    [Fact]
    public void Every_assembly_under_src_has_a_layer_rule()
    {
        // The CLI is the top of the graph and may use every layer.
        var projects = Directory.GetDirectories(Path.Combine(ProductAssemblies.RepoRoot, "src"))
            .Where(d => Directory.EnumerateFiles(d, "*.csproj").Any())
            .Select(Path.GetFileName)
            .Where(name => name != "SampleImportance.Cli")
            .Order(StringComparer.Ordinal);

        Assert.Equal(LayerRules.Allowed.Keys.Order(StringComparer.Ordinal), projects);
    }

    [Fact]
    public void A_reference_that_skips_the_layering_is_reported()
    {
        var references = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
        {
            [LayerRules.Hosting] = new HashSet<string> { LayerRules.Abstractions, LayerRules.Engine, "McMaster.NETCore.Plugins" },
            [LayerRules.Data] = new HashSet<string> { LayerRules.Abstractions, LayerRules.Validation },
            ["SampleImportance.Unknown"] = new HashSet<string>(),
        };

        Assert.Equal(
            ["SampleImportance.Hosting -> SampleImportance.Engine", "SampleImportance.Unknown has no layer rule"],
            LayerRules.Violations(references));
    }

    [Fact]
    public void The_rules_themselves_are_acyclic()
    {
        Assert.Empty(CycleFinder.Cycles(LayerRules.Allowed));
    }

    [Fact]
    public void Every_layered_assembly_is_loaded_from_this_build()
    {
        Assert.All(ProductAssemblies.All, a => Assert.False(string.IsNullOrEmpty(a.Location), a.FullName));
        Assert.Equal(LayerRules.Allowed.Count, ProductAssemblies.All.Select(a => a.GetName().Name).Distinct().Count());
    }
}
