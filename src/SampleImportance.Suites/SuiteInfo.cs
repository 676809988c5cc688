namespace SampleImportance.Suites;

/// <summary>The suite a run came from, with its gates so <c>compare</c> can judge them later.</summary>
/// <param name="Name">Suite name.</param>
/// <param name="File">Suite file path (or <c>embedded:quickstart.yaml</c>).</param>
/// <param name="Sha256">SHA-256 of the suite text.</param>
/// <param name="Gates">The suite's gates.</param>
public sealed record SuiteInfo(string Name, string File, string Sha256, IReadOnlyList<GateDefinition> Gates);
