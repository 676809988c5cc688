using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SampleImportance.EndToEnd.Tests.Support;

/// <summary>
/// The real tool as a child process: <c>dotnet sampleimportance.dll ARGS</c> in a given working directory, with a
/// clean, fixed environment. Output is collected line by line so a test can wait for a line before acting.
/// A process that outlives its timeout is killed with its whole tree and the test fails with its output.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    /// <summary>Generous on purpose: a 2-core machine shared with builds can be slow; a hang still ends the test.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(6);

    private readonly Process _process;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly List<string> _stdoutLines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waiters = [];
    private readonly Lock _gate = new();

    private CliProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    /// <summary>Starts the tool. <paramref name="environment"/> adds variables; a null value removes one.</summary>
    /// <param name="interruptible">Make sure the child can receive SIGINT (see <see cref="Interrupt"/>).</param>
    public static CliProcess Start(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, bool interruptible = false)
    {
        var start = new ProcessStartInfo(RepoLayout.DotnetHost)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(RepoLayout.CliDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Tests run the Debug build, which BenchmarkDotNet refuses to time unless told this is a test.
        start.Environment["SAMPLEIMPORTANCE_ALLOW_DEBUG_TIMING"] = "1";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("SAMPLEIMPORTANCE_PLUGIN_PATH");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        Assert.True(File.Exists(RepoLayout.CliDll), $"The tool is not built: {RepoLayout.CliDll}");
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cli.OnStdout(e.Data);
        process.ErrorDataReceived += (_, e) => cli.OnStderr(e.Data);
        if (interruptible)
        {
            InheritedSigint.StartWithDefaultDisposition(() => process.Start());
        }
        else
        {
            process.Start();
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Runs the tool to completion.</summary>
    public static async Task<CliResult> RunAsync(string workingDirectory, params string[] arguments) =>
        await RunAsync(workingDirectory, arguments, null, DefaultTimeout);

    /// <summary>Runs the tool to completion with extra environment variables and a timeout.</summary>
    public static async Task<CliResult> RunAsync(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout)
    {
        using var cli = Start(workingDirectory, arguments, environment);
        return await cli.WaitForExitAsync(timeout);
    }

    /// <summary>Waits for a stdout line that <paramref name="match"/> accepts (one already printed counts).</summary>
    public async Task<string> WaitForStdoutLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var line = _stdoutLines.FirstOrDefault(match);
            if (line is not null)
            {
                return line;
            }

            _waiters.Add((match, found));
        }

        using var stop = new CancellationTokenSource();
        var exited = _process.WaitForExitAsync(stop.Token);
        var first = await Task.WhenAny(found.Task, exited, Task.Delay(timeout, stop.Token));
        await stop.CancelAsync();
        if (first == found.Task)
        {
            return await found.Task;
        }

        var why = first == exited ? "the process exited first" : "timed out";
        Kill();
        Assert.Fail($"The expected stdout line never came ({why}).{Environment.NewLine}{Snapshot()}");
        return string.Empty;
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does.</summary>
    public void Interrupt()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits for the process and its output streams; kills the tree and fails the test after <paramref name="timeout"/>.</summary>
    public async Task<CliResult> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"sampleimportance did not exit within {timeout.TotalSeconds:0} s and was killed.{Environment.NewLine}{Snapshot()}"));
        }

        lock (_gate)
        {
            return new CliResult(_process.ExitCode, _stdout.ToString(), _stderr.ToString(), _clock.Elapsed);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private string Snapshot()
    {
        lock (_gate)
        {
            return $"--- stdout ---{Environment.NewLine}{_stdout}--- stderr ---{Environment.NewLine}{_stderr}";
        }
    }

    private void OnStdout(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _stdout.AppendLine(line);
            _stdoutLines.Add(line);
            foreach (var waiter in _waiters.Where(w => w.Match(line)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Found.TrySetResult(line);
            }
        }
    }

    private void OnStderr(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _stderr.AppendLine(line);
        }
    }
}
