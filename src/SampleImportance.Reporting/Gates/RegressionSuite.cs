namespace SampleImportance.Reporting.Gates;

/// <summary>The suite a regression report judged: its name and file.</summary>
public sealed record RegressionSuite(string Name, string File);
