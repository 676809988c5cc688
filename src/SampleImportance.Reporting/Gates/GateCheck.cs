using System.Text.Json.Serialization;
using SampleImportance.Suites;

namespace SampleImportance.Reporting.Gates;

/// <summary>Which threshold of a <see cref="GateDefinition"/> an outcome judged; JSON names match the suite YAML keys.</summary>
public enum GateCheck
{
    /// <summary>Current mean ≥ <see cref="GateDefinition.Min"/>.</summary>
    [JsonStringEnumMemberName("min")]
    Min,

    /// <summary>Current mean ≤ <see cref="GateDefinition.Max"/>.</summary>
    [JsonStringEnumMemberName("max")]
    Max,

    /// <summary>Baseline mean − current mean ≤ <see cref="GateDefinition.MaxDrop"/>.</summary>
    [JsonStringEnumMemberName("max-drop")]
    MaxDrop,

    /// <summary>Increase over the baseline mean (relative or absolute) ≤ <see cref="GateDefinition.MaxIncrease"/>.</summary>
    [JsonStringEnumMemberName("max-increase")]
    MaxIncrease,
}
