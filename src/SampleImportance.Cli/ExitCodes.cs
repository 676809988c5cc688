namespace SampleImportance.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A gate failed: quality or speed regressed. Nothing else ever exits with 1.</summary>
    public const int Regression = 1;

    /// <summary>Bad input: a message named the file, line and a fix; nothing was written.</summary>
    public const int BadInput = 2;

    /// <summary>
    /// Some cells failed (or the run was stopped) while others completed, or every cell finished but aggregating or
    /// writing the reports failed; either way each finished cell is on disk under <c>cells/</c>.
    /// </summary>
    public const int CellsFailed = 3;

    /// <summary>An unexpected internal error (a bug): one line names it; <c>--verbose</c> adds the stack trace.</summary>
    public const int InternalError = 4;
}
