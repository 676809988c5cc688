namespace SampleImportance.Engine.Results;

/// <summary>Where a run ran.</summary>
public sealed record EnvironmentInfo(
    string MachineName,
    string OperatingSystem,
    string Runtime,
    int ProcessorCount,
    string ComputeBackend,
    string ToolVersion);
