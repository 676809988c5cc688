using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;
using SampleImportance.Data.Sources;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary><c>label-flip</c>: flips 0 ↔ 1 on round(rate × n) rows chosen uniformly. Binary labels only.</summary>
internal sealed class LabelFlipCorruption : ICorruption
{
    public const string Name = "label-flip";

    public CorruptionDescriptor Describe() => new(
        Name,
        "Flips a binary label (0 ↔ 1) on rate × n training rows chosen uniformly.",
        [],
        LabelKinds.Binary);

    public CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(train);
        var labels = train.Labels.ToArray();
        var offending = Array.FindIndex(labels, l => l is not (0 or 1));
        if (offending >= 0)
        {
            throw new InputException(new ValidationError(
                string.Create(CultureInfo.InvariantCulture, $"Corruption '{Name}' needs binary labels (0 or 1), but training row {offending} has label {labels[offending]}."),
                where,
                $"Use '{Name}' only on binary datasets, or pick a corruption that applies to these labels."));
        }

        var chosen = DataRandom.Choose(Enumerable.Range(0, labels.Length).ToArray(), DataRandom.RoundCount(rate, labels.Length), random);
        return CorruptionOutcome.Relabel(train, labels, chosen, label => 1 - label);
    }
}
