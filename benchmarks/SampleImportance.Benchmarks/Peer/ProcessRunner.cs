using System.Diagnostics;
using System.Globalization;

namespace SampleImportance.Benchmarks.Peer;

/// <summary>Runs a child process to completion and returns its standard output; a non-zero exit is an exception carrying stderr.</summary>
internal static class ProcessRunner
{
    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>,
    /// with <paramref name="removedVariables"/> taken out of the child's environment only.</summary>
    public static string Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IEnumerable<string> removedVariables)
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

        foreach (var variable in removedVariables)
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start '{fileName}'.");

        // Both pipes are drained concurrently so a chatty child never blocks on a full buffer.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"'{fileName} {string.Join(' ', start.ArgumentList)}' exited with {process.ExitCode}:\n{error.Result}"));
        }

        return output.Result;
    }
}
