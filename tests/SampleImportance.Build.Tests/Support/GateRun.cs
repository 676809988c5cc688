using System.Text.Json.Nodes;
using Microsoft.Build.Framework;
using SampleImportance.Build.Tasks;

namespace SampleImportance.Build.Tests.Support;

/// <summary>One in-process execution of <see cref="SampleImportanceGate"/> and what it logged.</summary>
internal sealed class GateRun
{
    private GateRun(bool result, SampleImportanceGate task, FakeBuildEngine engine)
    {
        Result = result;
        Task = task;
        Engine = engine;
    }

    public bool Result { get; }

    public SampleImportanceGate Task { get; }

    public FakeBuildEngine Engine { get; }

    public IReadOnlyList<BuildErrorEventArgs> Errors => Engine.Errors;

    public IReadOnlyList<string?> Codes => [.. Engine.ErrorCodes];

    public BuildErrorEventArgs SingleError(string code) => Assert.Single(Engine.Errors, error => error.Code == code);

    public IEnumerable<string> MessagesOf(MessageImportance importance) =>
        Engine.Messages.Where(m => m.Importance == importance).Select(m => m.Message ?? string.Empty);

    public IReadOnlyList<string?> WarningCodes => [.. Engine.Warnings.Select(warning => warning.Code)];

    public static GateRun Execute(string report, string? suiteFile = null, string? suppressions = null)
    {
        var engine = new FakeBuildEngine();
        var task = new SampleImportanceGate { BuildEngine = engine, Report = report, SuiteFile = suiteFile, Suppressions = suppressions };
        var result = task.Execute();
        return new GateRun(result, task, engine);
    }

    /// <summary>Writes <paramref name="content"/> as regression.json in <paramref name="directory"/> and runs the gate on it.</summary>
    public static GateRun OnText(TempDirectory directory, string content, string? suiteFile = null) =>
        Execute(directory.Write("regression.json", content), suiteFile);

    public static GateRun OnJson(TempDirectory directory, JsonNode report, string? suiteFile = null) =>
        OnText(directory, report.ToJsonString(), suiteFile);
}
