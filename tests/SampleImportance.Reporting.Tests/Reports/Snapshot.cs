using System.Runtime.CompilerServices;

namespace SampleImportance.Reporting.Tests.Reports;

/// <summary>
/// Compares a rendered report with a checked-in <c>Snapshots/NAME.verified.md</c> (copied to the test output).
/// On mismatch it writes <c>NAME.received.md</c> next to the copy in the output folder and fails with the first
/// differing line and the command that accepts the change.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(callerFile))!;
        var outputDir = Path.Combine(AppContext.BaseDirectory, folder, "Snapshots");
        var verified = Path.Combine(outputDir, name + ".verified.md");
        var received = Path.Combine(outputDir, name + ".received.md");
        var source = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots", name + ".verified.md");
        var text = Normalize(actual);

        if (!File.Exists(verified))
        {
            Write(received, text);
            Assert.Fail($"No snapshot {verified}.\nReview {received} and accept it with:\n  cp '{received}' '{source}'");
        }

        var expected = Normalize(File.ReadAllText(verified));
        if (expected == text)
        {
            File.Delete(received);
            return;
        }

        Write(received, text);
        var expectedLines = expected.Split('\n');
        var actualLines = text.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        Assert.Fail(
            $"Snapshot {name} differs at line {line + 1}.\n" +
            $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "<end of file>")}\n" +
            $"  actual:   {(line < actualLines.Length ? actualLines[line] : "<end of file>")}\n" +
            $"See: diff '{verified}' '{received}'\nIf the change is intended: cp '{received}' '{source}'");
    }

    // Git may check the verified file out with CRLF on Windows; the reports themselves always use \n.
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
