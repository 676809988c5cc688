using System.Globalization;
using System.Runtime.InteropServices;

namespace SampleImportance.EndToEnd.Tests.Support;

/// <summary>
/// A parent that ignores SIGINT (nohup, or <c>dotnet test &amp;</c> in a script) passes that on through fork and
/// exec, and the .NET runtime leaves an inherited SIG_IGN alone, so the tool would never see our Ctrl+C. When this
/// process ignores SIGINT, the child is started with the default disposition instead (the runtime then installs
/// its own handler in the child), and ours is put back at once. Linux only: elsewhere the child is started as is.
/// </summary>
internal static class InheritedSigint
{
    private const int Sigint = 2;
    private const nint DefaultDisposition = 0;
    private static readonly Lock Gate = new();

    public static void StartWithDefaultDisposition(Action start)
    {
        if (!OperatingSystem.IsLinux() || !IgnoredHere())
        {
            start();
            return;
        }

        lock (Gate)
        {
            var previous = Signal(Sigint, DefaultDisposition);
            try
            {
                start();
            }
            finally
            {
                Signal(Sigint, previous);
            }
        }
    }

    private static bool IgnoredHere()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && (ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & (1UL << (Sigint - 1))) != 0;
    }

    [DllImport("libc", EntryPoint = "signal")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nint Signal(int signalNumber, nint handler);
}
