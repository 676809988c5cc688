using System.Runtime.CompilerServices;
using PublicApiGenerator;
using SampleImportance.Abstractions;

namespace SampleImportance.Abstractions.Tests;

/// <summary>
/// Locks the plugin contract's public API. A change here breaks every third-party plugin, so it must be a decision:
/// update PublicAPI.approved.txt in the same change (copy PublicAPI.received.txt over it) and, for a breaking change,
/// bump PluginContract.Version.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        var actual = Normalize(typeof(IEstimator).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        var approvedPath = Path.Combine(SourceDirectory(), "PublicAPI.approved.txt");
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;
        if (actual != approved)
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "PublicAPI.received.txt"), actual);
        }

        Assert.True(actual == approved, "The public API of SampleImportance.Abstractions changed. Review PublicAPI.received.txt next to this test; if the change is intended, copy it over PublicAPI.approved.txt.");
    }

    [Fact]
    public void Contract_version_is_two() => Assert.Equal(2, PluginContract.Version);

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
