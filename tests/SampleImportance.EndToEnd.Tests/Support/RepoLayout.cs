namespace SampleImportance.EndToEnd.Tests.Support;

/// <summary>Where the built tool, its plugins and the test plugins are, for the configuration these tests were built in.</summary>
internal static class RepoLayout
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public static string Root { get; } = FindRoot();

    /// <summary>The tool as the CLI project builds it (with plugins/ beside it).</summary>
    public static string CliDll => Path.Combine(Root, "src", "SampleImportance.Cli", "bin", Configuration, "net10.0", "sampleimportance.dll");

    /// <summary>The quickstart suite the tool embeds.</summary>
    public static string QuickstartSuite => Path.Combine(Root, "src", "SampleImportance.Cli", "Suites", "quickstart.yaml");

    /// <summary>The build output of the sample plugin (samples/SampleImportance.Samples.NeighbourAgreement).</summary>
    public static string SamplePluginDirectory =>
        Path.Combine(Root, "samples", "SampleImportance.Samples.NeighbourAgreement", "bin", Configuration, "net10.0");

    /// <summary>One dummy plugin's own folder; never the whole testplugins folder, which holds deliberately broken ones.</summary>
    public static string TestPlugin(string assemblyName) => Path.Combine(AppContext.BaseDirectory, "testplugins", assemblyName);

    /// <summary>The <c>dotnet</c> host that runs these tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SampleImportance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No SampleImportance.sln above {AppContext.BaseDirectory}.");
    }
}
