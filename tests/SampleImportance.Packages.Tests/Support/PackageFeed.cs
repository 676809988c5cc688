using System.Text.RegularExpressions;

namespace SampleImportance.Packages.Tests.Support;

/// <summary>
/// Packs every package once (<c>dotnet pack build/pack.proj</c>, Release) into a folder feed under a temporary root,
/// writes a NuGet.config there that sees only that feed and the machine's offline package folder (nuget.org where
/// there is none), and installs the tool from the feed into a tool path. Commands run through
/// <see cref="Dotnet"/> and <see cref="Tool"/> get their own global packages folder and CLI home under the root, so
/// nothing leaks into the machine's caches and a stale package from an earlier run is never used.
/// </summary>
public sealed partial class PackageFeed : IDisposable
{
    private const string OfflinePackages = "/opt/nuget/packages";
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(15);

    public PackageFeed()
    {
        Root = Directory.CreateTempSubdirectory("si-packages-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        RepositoryRoot = FindRepositoryRoot();
        Environment = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_HOME"] = Path.Combine(Root, "home"),
            ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["NO_COLOR"] = "1",
        };

        // The pack uses the machine's normal caches: it restores this repository's own dependencies.
        Pack = ChildProcess.Run(
            ChildProcess.DotNetHost(),
            ["pack", Path.Combine(RepositoryRoot, "build", "pack.proj"), "-o", Feed, "-nr:false", "-tl:off", "-nologo", "-v:m", "-p:UseSharedCompilation=false"],
            RepositoryRoot,
            new Dictionary<string, string?> { ["MSBUILDDISABLENODEREUSE"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
            PackTimeout);
        if (Pack.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing failed: " + Pack);
        }

        Version = VersionPattern().Match(Path.GetFileName(Directory.GetFiles(Feed, "SampleImportance.Build.*.nupkg").Single())).Groups["version"].Value;
        WriteIsolationFiles();
        ToolDirectory = Path.Combine(Root, "tool");
        ToolInstall = Dotnet(Root, TimeSpan.FromMinutes(3), "tool", "install", "sampleimportance", "--version", Version, "--tool-path", ToolDirectory, "--add-source", Feed, "--configfile", NuGetConfig);
        if (ToolInstall.ExitCode != 0)
        {
            throw new InvalidOperationException("Installing the tool from the feed failed: " + ToolInstall);
        }
    }

    /// <summary>Temporary folder holding the feed, the tool path and every test's work directories.</summary>
    public string Root { get; }

    /// <summary>The folder feed the packages were packed into.</summary>
    public string Feed { get; }

    /// <summary>The repository that was packed (only the pack itself uses it).</summary>
    public string RepositoryRoot { get; }

    /// <summary>The packages' version, read off the packed file names.</summary>
    public string Version { get; }

    /// <summary>NuGet.config at <see cref="Root"/>: the feed and an offline folder (or nuget.org), nothing else.</summary>
    public string NuGetConfig => Path.Combine(Root, "NuGet.config");

    /// <summary>Where <c>dotnet tool install --tool-path</c> put the tool.</summary>
    public string ToolDirectory { get; }

    /// <summary>The installed tool's command.</summary>
    public string ToolCommand => Path.Combine(ToolDirectory, OperatingSystem.IsWindows() ? "sampleimportance.exe" : "sampleimportance");

    /// <summary>The pack, for its timing and log.</summary>
    public ProcessResult Pack { get; }

    /// <summary>The tool's installation, for its timing and log.</summary>
    public ProcessResult ToolInstall { get; }

    /// <summary>Environment of every user-like command (isolated caches, no colour, no node reuse).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; }

    /// <summary>A new empty directory under <see cref="Root"/>, which sees <see cref="NuGetConfig"/>.</summary>
    public string NewDirectory(string name) => Directory.CreateDirectory(Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    public ProcessResult Dotnet(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        ChildProcess.Run(ChildProcess.DotNetHost(), arguments, workingDirectory, Environment, timeout);

    public ProcessResult Tool(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        ChildProcess.Run(ToolCommand, arguments, workingDirectory, Environment, timeout);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file must not fail the run; the OS cleans temp eventually.
        }
    }

    private void WriteIsolationFiles()
    {
        var second = Directory.Exists(OfflinePackages)
            ? $"""<add key="offline" value="{OfflinePackages}" />"""
            : """<add key="nuget.org" value="https://api.nuget.org/v3/index.json" />""";
        File.WriteAllText(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                {second}
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Environment["NUGET_PACKAGES"]}" />
              </config>
            </configuration>
            """);

        // MSBuild and NuGet stop here instead of walking up into whatever lies above the temp folder; no shared
        // compiler server, so the tests leave no process running behind them.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project><PropertyGroup><UseSharedCompilation>false</UseSharedCompilation></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />");
    }

    private static string FindRepositoryRoot()
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

    [GeneratedRegex(@"^SampleImportance\.Build\.(?<version>\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex VersionPattern();
}
