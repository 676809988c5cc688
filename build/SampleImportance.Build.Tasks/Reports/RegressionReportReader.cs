using System.Security;
using System.Text.Json;
using System.Text.Unicode;
using SampleImportance.Build.Tasks.Diagnostics;

namespace SampleImportance.Build.Tasks.Reports;

/// <summary>
/// Reads a regression report from disk. Every way the file can be unusable maps to its own code
/// (SIG010 to SIG014), and none of them yields a report: the gate fails closed.
/// </summary>
internal static class RegressionReportReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        // Two "passed" or "status" fields would let a reader pick the friendlier one; refuse instead.
        AllowDuplicateProperties = false,
    };

    public static ReportReadResult Read(string? reportPath)
    {
        if (string.IsNullOrWhiteSpace(reportPath))
        {
            return Fail(
                GateCodes.ReportMissing,
                "No regression report was given: set SampleImportanceReport to the regression.json written by 'sampleimportance compare RUN.json BASELINE.json'.",
                null);
        }

        string path;
        try
        {
            path = Path.GetFullPath(reportPath);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException or SecurityException)
        {
            return Fail(GateCodes.ReportUnreadable, $"Regression report path '{reportPath}' is not a valid path: {exception.Message}", null);
        }

        if (Directory.Exists(path))
        {
            return Fail(GateCodes.ReportUnreadable, $"Regression report '{path}' is a directory; point SampleImportanceReport at the regression.json file inside it.", path);
        }

        if (!File.Exists(path))
        {
            return Fail(
                GateCodes.ReportMissing,
                $"Regression report '{path}' does not exist. Run 'sampleimportance compare RUN.json BASELINE.json' before the gate, and check SampleImportanceReport.",
                path);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or SecurityException)
        {
            return Fail(GateCodes.ReportUnreadable, $"Regression report '{path}' could not be read: {exception.Message}", path);
        }

        var content = SkipByteOrderMark(bytes);
        if (IsBlank(content.Span))
        {
            return Fail(GateCodes.ReportEmpty, $"Regression report '{path}' is empty; the compare step may have crashed before writing it.", path);
        }

        // JsonDocument checks UTF-8 only in the values it is asked for; check it all so no field reads as absent.
        if (!Utf8.IsValid(content.Span))
        {
            return Fail(GateCodes.ReportUnreadable, $"Regression report '{path}' is not valid UTF-8 text; the file is corrupt or not a report.", path);
        }

        try
        {
            using var document = JsonDocument.Parse(content, Options);
            return RegressionReportParser.Parse(document.RootElement, path);
        }
        catch (JsonException exception)
        {
            // The reader's position points at the damage (a truncated file fails at its end).
            var line = exception.LineNumber is { } l ? (int)Math.Min(l + 1, int.MaxValue) : 0;
            var column = exception.BytePositionInLine is { } c ? (int)Math.Min(c + 1, int.MaxValue) : 0;
            return new ReportReadResult(
                null,
                [new GateDiagnostic(
                    GateCodes.ReportUnreadable,
                    $"Regression report '{path}' is not valid JSON (truncated or corrupt): {exception.Message}",
                    path,
                    line,
                    column)]);
        }
    }

    private static ReadOnlyMemory<byte> SkipByteOrderMark(byte[] bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        return bytes.AsSpan().StartsWith(bom) ? bytes.AsMemory(bom.Length) : bytes.AsMemory();
    }

    private static bool IsBlank(ReadOnlySpan<byte> content)
    {
        foreach (var b in content)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static ReportReadResult Fail(string code, string message, string? path) =>
        new(null, [new GateDiagnostic(code, message, path, 0, 0)]);
}
