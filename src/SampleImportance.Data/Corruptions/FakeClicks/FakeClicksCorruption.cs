using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;
using SampleImportance.Data.Sources;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary><c>fake-clicks</c>: turns label-0 rows (non-clicks), chosen uniformly among them, into label 1: the random
/// positives a click bot or logging bug would add. The rate is the share of fake clicks among all clicks afterwards
/// (c organic clicks get round(rate × c / (1 − rate)) fake ones), and detection is scored among clicks only: a
/// non-click can never be a fake click, so telling clicks from non-clicks finds nothing. With a <c>position</c> column
/// clicks are compared within their position (fake clicks land lower than organic ones).</summary>
internal sealed class FakeClicksCorruption : ICorruption
{
    public const string Name = "fake-clicks";

    public CorruptionDescriptor Describe() => new(
        Name,
        "Turns non-clicked training rows (label 0), chosen uniformly, into clicks (label 1) until fake clicks are rate × all clicks; detection is scored among clicks.",
        [],
        LabelKinds.Binary);

    public CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(train);
        var labels = train.Labels.ToArray();
        var negatives = Enumerable.Range(0, labels.Length).Where(i => labels[i] == 0).ToArray();
        var clicks = labels.Length - negatives.Length;
        var wanted = DataRandom.RoundCount(rate / (1 - rate), clicks);
        if (negatives.Length < wanted || wanted == 0)
        {
            var maxRate = labels.Length == 0 ? 0 : Math.Floor(1000.0 * negatives.Length / labels.Length) / 1000.0;
            throw new InputException(new ValidationError(
                wanted == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"Corruption '{Name}' at rate {rate} adds no fake click: the training split has {clicks} clicks.")
                    : string.Create(CultureInfo.InvariantCulture, $"Corruption '{Name}' at rate {rate} needs {wanted} training rows with label 0, but only {negatives.Length} of {labels.Length} have label 0."),
                where,
                wanted == 0
                    ? "Raise the rate, or use a dataset with more clicks (label 1)."
                    : string.Create(CultureInfo.InvariantCulture, $"Lower the rate to at most {maxRate}, or use a dataset with more non-clicks.")));
        }

        var chosen = DataRandom.Choose(negatives, wanted, random);
        var outcome = CorruptionOutcome.Relabel(train, labels, chosen, _ => 1);

        // Candidates: every click after corruption (organic or fake), by position where the rows say it.
        return outcome with { Strata = ClickNoise.Strata(outcome.Rows, labels) };
    }
}
