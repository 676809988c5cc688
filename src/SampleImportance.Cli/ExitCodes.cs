namespace SampleImportance.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A gate failed: quality or speed regressed.</summary>
    public const int Regression = 1;

    /// <summary>Bad input: a message named the file, line and a fix; nothing was written.</summary>
    public const int BadInput = 2;

    /// <summary>Some cells failed (or the run was stopped) while others completed.</summary>
    public const int CellsFailed = 3;
}
