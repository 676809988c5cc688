using System.IO.Compression;
using System.Xml.Linq;
using SampleImportance.Packages.Tests.Support;

namespace SampleImportance.Packages.Tests;

/// <summary>What the pack put in the feed: exactly the six packages, each with its metadata, laid out as NuGet expects.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageLayoutTests(PackageFeed feed)
{
    private static readonly string[] Expected =
    [
        "SampleImportance.Abstractions", "SampleImportance.Sdk", "SampleImportance.Conformance", "sampleimportance",
        "SampleImportance.Build", "SampleImportance.Templates",
    ];

    [Fact]
    public void The_pack_makes_exactly_the_six_packages()
    {
        var ids = Directory.GetFiles(feed.Feed, "*.nupkg").Select(file => Nuspec(file).Id).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(Expected.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Every_package_has_a_description_licence_readme_and_repository()
    {
        foreach (var file in Directory.GetFiles(feed.Feed, "*.nupkg"))
        {
            var nuspec = Nuspec(file);
            Assert.Equal(feed.Version, nuspec.Value("version"));
            Assert.Equal("MIT", nuspec.Value("license"));
            Assert.Equal("README.md", nuspec.Value("readme"));
            Assert.Equal("SampleImportance contributors", nuspec.Value("authors"));
            Assert.False(string.IsNullOrWhiteSpace(nuspec.Value("description")), file);
            Assert.NotNull(nuspec.Element("repository")?.Attribute("url"));
            Assert.Contains("README.md", Entries(file));
        }
    }

    [Fact]
    public void Build_package_is_laid_out_like_coverlet_msbuild()
    {
        var file = Package("SampleImportance.Build");
        var entries = Entries(file);

        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            Assert.Contains($"{folder}/SampleImportance.Build.props", entries);
            Assert.Contains($"{folder}/SampleImportance.Build.targets", entries);
        }

        Assert.Contains("tasks/net10.0/SampleImportance.Build.Tasks.dll", entries);
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal));
        var nuspec = Nuspec(file);
        Assert.Equal("true", nuspec.Value("developmentDependency"));
        Assert.Empty(nuspec.Descendants("dependency"));
    }

    [Fact]
    public void Tool_package_carries_the_built_in_plugins_and_rolls_forward()
    {
        var file = Package("sampleimportance");
        var entries = Entries(file);

        Assert.Contains("tools/net10.0/any/plugins/SampleImportance.Plugins.Estimators/SampleImportance.Plugins.Estimators.dll", entries);
        Assert.Contains("tools/net10.0/any/plugins/SampleImportance.Plugins.Models/SampleImportance.Plugins.Models.dll", entries);
        // Plugins share the host's contract: a copy inside a plugin folder would be a second, incompatible one.
        Assert.DoesNotContain(entries, entry => entry.Contains("/plugins/", StringComparison.Ordinal) && entry.EndsWith("SampleImportance.Abstractions.dll", StringComparison.Ordinal));
        using var zip = ZipFile.OpenRead(file);
        using var reader = new StreamReader(zip.GetEntry("tools/net10.0/any/sampleimportance.runtimeconfig.json")!.Open());
        Assert.Contains("\"rollForward\": \"Major\"", reader.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Template_pins_the_packages_of_this_build()
    {
        using var zip = ZipFile.OpenRead(Package("SampleImportance.Templates"));
        var projects = zip.Entries.Where(entry => entry.FullName.EndsWith(".csproj", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, projects.Count);
        foreach (var project in projects)
        {
            using var reader = new StreamReader(project.Open());
            var text = reader.ReadToEnd();
            Assert.DoesNotContain("SAMPLEIMPORTANCE_PACKAGE_VERSION", text, StringComparison.Ordinal);
            Assert.Contains($"Version=\"{feed.Version}\"", text, StringComparison.Ordinal);
        }
    }

    private string Package(string id) =>
        Directory.GetFiles(feed.Feed, "*.nupkg").Single(file => string.Equals(Nuspec(file).Id, id, StringComparison.Ordinal));

    private static List<string> Entries(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        return zip.Entries.Select(entry => entry.FullName).ToList();
    }

    private static NuspecMetadata Nuspec(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = entry.Open();
        return new NuspecMetadata(XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata"));
    }
}
