using System.Diagnostics;
using System.Text;

namespace SampleImportance.Packages.Tests.Support;

/// <summary>Runs a command to completion with a timeout, capturing its output; the process tree is killed on timeout.</summary>
internal static class ChildProcess
{
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // 'dotnet test' passes MSBuild settings to the test host; the user-like commands here must not inherit them.
        foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var command = $"{fileName} {string.Join(' ', start.ArgumentList)} (in {workingDirectory})";
        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish in {timeout}:{Environment.NewLine}{output}");
        }

        process.WaitForExit();
        return new ProcessResult(command, process.ExitCode, output.ToString(), clock.Elapsed);
    }

    /// <summary>The dotnet host running the tests (so child builds use the same SDK), or dotnet from PATH.</summary>
    public static string DotNetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }

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
}
