namespace SampleImportance.Hosting;

/// <summary>Why a plugin file, type or directory was not used. Other plugins load regardless.</summary>
/// <param name="File">Absolute path of the DLL or directory concerned.</param>
/// <param name="Message">What went wrong, naming the type where one is involved.</param>
/// <param name="Fix">What the user can do about it, or null when there is nothing specific.</param>
public sealed record PluginLoadProblem(string File, string Message, string? Fix)
{
    /// <summary>One line: file, message and fix.</summary>
    public override string ToString() => Fix is null ? $"{File}: {Message}" : $"{File}: {Message} Fix: {Fix}";
}
