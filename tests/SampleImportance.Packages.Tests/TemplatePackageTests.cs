using SampleImportance.Packages.Tests.Support;

namespace SampleImportance.Packages.Tests;

/// <summary>
/// <c>dotnet new sampleimportance-estimator</c> from the templates package (installed into a private hive, so the
/// machine's templates are untouched) makes a plugin that builds, passes the conformance kit and shows in the tool.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class TemplatePackageTests(PackageFeed feed)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void Generated_plugin_passes_the_conformance_kit_and_shows_in_plugins_list()
    {
        var work = feed.NewDirectory("template");
        var hive = Path.Combine(work, "hive");
        var package = Directory.GetFiles(feed.Feed, "SampleImportance.Templates.*.nupkg").Single();

        var install = feed.Dotnet(work, Timeout, "new", "install", package, "--debug:custom-hive", hive);
        Assert.True(install.ExitCode == 0, install.ToString());
        var create = feed.Dotnet(work, Timeout, "new", "sampleimportance-estimator", "-n", "Acme.LabelAgreement", "-o", "gen", "--estimatorId", "acme-agreement", "--debug:custom-hive", hive);
        Assert.True(create.ExitCode == 0, create.ToString());
        var generated = Path.Combine(work, "gen");

        var test = feed.Dotnet(generated, Timeout, "test", "tests/Acme.LabelAgreement.Tests", "-nr:false", "-tl:off", "-nologo");

        Assert.True(test.ExitCode == 0, test.ToString());
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+1,", test.Output);
        var pluginFolder = Path.Combine(generated, "src", "Acme.LabelAgreement", "bin", "Debug", "net10.0");
        Assert.False(File.Exists(Path.Combine(pluginFolder, "SampleImportance.Abstractions.dll")), "The host supplies the contract; the plugin must not carry its own copy.");
        var list = feed.Tool(work, Timeout, "plugins", "list", "--plugins", pluginFolder);
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Matches(@"│ estimator\s*│ acme-agreement\s*│", list.Output);
    }
}
