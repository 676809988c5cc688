using System.Runtime.CompilerServices;
using PublicApiGenerator;
using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Sdk.Tests;

/// <summary>
/// Locks the SDK's public API: the host shares the SDK with plugins like the contract, so a change breaks plugins
/// built against it and must be a decision. Update PublicAPI.approved.txt in the same change (copy
/// PublicAPI.received.txt over it).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        var actual = Normalize(typeof(SemivalueMonteCarlo).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        var approvedPath = Path.Combine(SourceDirectory(), "PublicAPI.approved.txt");
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;
        if (actual != approved)
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "PublicAPI.received.txt"), actual);
        }

        Assert.True(actual == approved, "The public API of SampleImportance.Sdk changed. Review PublicAPI.received.txt next to this test; if the change is intended, copy it over PublicAPI.approved.txt.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
