using System.Diagnostics;
using System.Text;
using SampleImportance.Build.Tests.Support;

namespace SampleImportance.Build.Tests.EndToEnd;

/// <summary>
/// A real SDK project outside the repository that imports build/SampleImportance.Build.props and .targets the
/// way a consumer would, built with <c>dotnet build</c> as a separate process. Shared by the end-to-end tests
/// (xUnit runs one class's tests one at a time, so builds of it never overlap).
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);
    private readonly TempDirectory _directory = new("si-gate-consumer-");

    public ConsumerProject()
    {
        var buildFolder = Path.Combine(RepositoryRoot.Find(), "build");
        TaskAssembly = Path.Combine(buildFolder, "tasks", "SampleImportance.Build.Tasks.dll");

        // These files stop MSBuild and NuGet from walking up into whatever lies above the temp folder;
        // no shared compiler server, so the tests leave no process running behind them.
        _directory.Write("Directory.Build.props", "<Project><PropertyGroup><UseSharedCompilation>false</UseSharedCompilation></PropertyGroup></Project>");
        _directory.Write("Directory.Build.targets", "<Project />");
        _directory.Write("Directory.Packages.props", "<Project />");
        ProjectFile = _directory.Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(buildFolder, "SampleImportance.Build.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <Import Project="{Path.Combine(buildFolder, "SampleImportance.Build.targets")}" />
            </Project>
            """);
    }

    /// <summary>Where the targets look for the task by default; building this test project puts it there.</summary>
    public string TaskAssembly { get; }

    public string ProjectFile { get; }

    public string Directory => _directory.Path;

    public string WriteFile(string name, string content) => _directory.Write(name, content);

    /// <summary>Runs <c>dotnet build</c> on the consumer with extra MSBuild arguments.</summary>
    public BuildOutput Build(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotNetHost())
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["build", ProjectFile, "-nr:false", "-tl:off", "-nologo", "-v:m", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        // The test host may inherit MSBuild settings from the 'dotnet test' that started it; the consumer build must not.
        foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(BuildTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet build of {ProjectFile} did not finish in {BuildTimeout}:{Environment.NewLine}{output}");
        }

        process.WaitForExit();
        return new BuildOutput(process.ExitCode, output.ToString());
    }

    public void Dispose() => _directory.Dispose();

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string DotNetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}
