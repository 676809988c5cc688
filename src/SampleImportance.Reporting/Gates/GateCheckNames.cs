namespace SampleImportance.Reporting.Gates;

/// <summary>The names checks carry in suites, messages and reports (the same as their JSON names).</summary>
internal static class GateCheckNames
{
    public static string SuiteName(this GateCheck check) => check switch
    {
        GateCheck.Min => "min",
        GateCheck.Max => "max",
        GateCheck.MaxDrop => "max-drop",
        _ => "max-increase",
    };
}
