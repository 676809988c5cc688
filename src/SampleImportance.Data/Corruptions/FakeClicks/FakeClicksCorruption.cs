using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;
using SampleImportance.Data.Sources;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary><c>fake-clicks</c>: turns round(rate × n) label-0 rows (non-clicks), chosen uniformly among them,
/// into label 1: the random positives a click bot or logging bug would add.</summary>
internal sealed class FakeClicksCorruption : ICorruption
{
    public const string Name = "fake-clicks";

    public CorruptionDescriptor Describe() => new(
        Name,
        "Turns rate × n non-clicked training rows (label 0), chosen uniformly among them, into clicks (label 1).",
        [],
        LabelKinds.Binary);

    public CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(train);
        var labels = train.Labels.ToArray();
        var negatives = Enumerable.Range(0, labels.Length).Where(i => labels[i] == 0).ToArray();
        var wanted = DataRandom.RoundCount(rate, labels.Length);
        if (negatives.Length < wanted)
        {
            var maxRate = labels.Length == 0 ? 0 : Math.Floor(1000.0 * negatives.Length / labels.Length) / 1000.0;
            throw new InputException(new ValidationError(
                string.Create(CultureInfo.InvariantCulture, $"Corruption '{Name}' at rate {rate} needs {wanted} training rows with label 0, but only {negatives.Length} of {labels.Length} have label 0."),
                where,
                string.Create(CultureInfo.InvariantCulture, $"Lower the rate to at most {maxRate}, or use a dataset with more non-clicks.")));
        }

        return CorruptionOutcome.Relabel(train, labels, DataRandom.Choose(negatives, wanted, random), _ => 1);
    }
}
