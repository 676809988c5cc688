using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using SampleImportance.Architecture.Tests.Support;

namespace SampleImportance.Architecture.Tests;

/// <summary>Built plugins (plugins/*, samples/*) reference only the contract and the SDK of ours, read from their DLLs.</summary>
public sealed class PluginReferenceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "plugins-under-test");

    public static TheoryData<string> Plugins()
    {
        var data = new TheoryData<string>();
        foreach (var dll in Directory.EnumerateFiles(Folder, "*.dll").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dll));
        }

        return data;
    }

    [Fact]
    public void Every_plugin_project_was_built_and_copied()
    {
        var projects = new[] { "plugins", "samples" }
            .SelectMany(root => Directory.GetDirectories(Path.Combine(ProductAssemblies.RepoRoot, root)))
            .Where(d => Directory.EnumerateFiles(d, "*.csproj").Any())
            .Select(d => Path.GetFileName(d) + ".dll")
            .Order(StringComparer.Ordinal);

        Assert.NotEmpty(projects);
        Assert.Equal(projects, Directory.EnumerateFiles(Folder, "*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Plugins))]
    public void A_plugin_references_only_the_contract_and_the_sdk_of_ours(string dll)
    {
        var ours = ReferencedAssemblies(Path.Combine(Folder, dll)).Where(LayerRules.IsOurs).ToList();

        Assert.NotEmpty(ours); // a plugin is compiled against the contract
        Assert.All(ours, name => Assert.Contains(name, LayerRules.PluginAllowed));
    }

    private static List<string> ReferencedAssemblies(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }
}
