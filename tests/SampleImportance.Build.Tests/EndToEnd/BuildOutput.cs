namespace SampleImportance.Build.Tests.EndToEnd;

/// <summary>Exit code and console output of one <c>dotnet build</c> of the consumer project.</summary>
public sealed record BuildOutput(int ExitCode, string Output)
{
    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}{Output}";
}
