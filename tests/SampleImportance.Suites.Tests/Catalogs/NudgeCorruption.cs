using SampleImportance.Abstractions;
using SampleImportance.Data.Corruptions;
using SampleImportance.Data.Sources;
using SampleImportance.Validation;

namespace SampleImportance.Suites.Tests.Catalogs;

/// <summary>A corruption outside the built-ins for real-valued labels, with a parameter.</summary>
internal sealed class NudgeCorruption : ICorruption
{
    public CorruptionDescriptor Describe() => new(
        "nudge",
        "Adds 'by' to the labels of the first rows.",
        [new ParameterDescriptor("by", ParameterKind.Number, "0.5", "Added to a label.", Minimum: 0)],
        LabelKinds.Real);

    public CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where)
    {
        var labels = train.Labels.ToArray();
        var mask = new bool[labels.Length];
        for (var i = 0; i < (int)Math.Round(rate * labels.Length); i++)
        {
            labels[i] += parameters.GetDouble("by", 0.5);
            mask[i] = true;
        }

        return new CorruptionOutcome(train.WithLabels(labels), mask);
    }
}
