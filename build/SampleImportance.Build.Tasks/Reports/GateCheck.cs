namespace SampleImportance.Build.Tasks.Reports;

/// <summary>The kind of threshold a gate applies (<c>min</c>, <c>max</c>, <c>max-drop</c>, <c>max-increase</c>).</summary>
internal enum GateCheck
{
    Min,
    Max,
    MaxDrop,
    MaxIncrease,
}
