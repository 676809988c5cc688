using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;
using SampleImportance.Data.Sources;
using SampleImportance.Data.Synthetic.Ecommerce;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary>
/// <c>unsatisfied-clicks</c>: the false-positive interactions of the implicit-feedback denoising literature (Wang et
/// al. 2021): clicks with a short dwell and no purchase, which say the user was misled, not served. They are already in
/// the log (trust bias, clickbait, misjudged snippets), so this corruption marks them rather than adding any: it keeps
/// every satisfied click and just enough unsatisfied ones, chosen uniformly, that they are rate × all clicks; the
/// others become non-clicks (dwell 0), as if those users had not clicked. Candidates are the clicks, by position.
/// </summary>
internal sealed class UnsatisfiedClicksCorruption : ICorruption
{
    public const string Name = "unsatisfied-clicks";

    private static readonly OptionsBinder<UnsatisfiedClicksOptions> Binder = new OptionsBinder<UnsatisfiedClicksOptions>()
        .Integer("short-dwell", o => o.ShortDwell, (o, v) => o.ShortDwell = v, "Seconds: a click that dwells less and buys nothing is unsatisfied.", 1, 100_000);

    public CorruptionDescriptor Describe() => new(
        Name,
        "Marks the clicks with a short dwell and no purchase, keeping just enough of them (the rest become non-clicks) that they are rate × all clicks; detection is scored among clicks, by position.",
        Binder.Descriptors,
        LabelKinds.Binary);

    public CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where)
    {
        ArgumentNullException.ThrowIfNull(train);
        ClickNoise.Require(train, Name, where, EcommerceSearchFeatures.DwellColumn, EcommerceSearchFeatures.PurchasedColumn);
        var options = Binder.Bind(parameters);
        var labels = train.Labels.ToArray();
        var dwell = train.Column(EcommerceSearchFeatures.DwellColumn).ToArray();
        var purchased = train.Column(EcommerceSearchFeatures.PurchasedColumn).ToArray();
        var unsatisfied = Enumerable.Range(0, labels.Length).Where(r => labels[r] == 1 && dwell[r] < options.ShortDwell && purchased[r] == 0).ToArray();
        var satisfied = labels.Count(l => l == 1) - unsatisfied.Length;
        var kept = ClickNoise.Wanted(rate, satisfied);
        if (kept == 0 || unsatisfied.Length < kept)
        {
            throw new InputException(new ValidationError(
                string.Create(CultureInfo.InvariantCulture, $"Corruption '{Name}' at rate {rate} needs {kept} unsatisfied clicks beside {satisfied} satisfied ones, but the training split has {unsatisfied.Length}."),
                where,
                kept == 0
                    ? "Raise the rate, or use a dataset with more clicks."
                    : string.Create(CultureInfo.InvariantCulture, $"Lower the rate to at most {Math.Floor(1000.0 * unsatisfied.Length / (unsatisfied.Length + satisfied)) / 1000.0}, or raise the source's trust-bias or clickbait.")));
        }

        var keep = DataRandom.Choose(unsatisfied, kept, random).ToHashSet();
        var mask = new bool[labels.Length];
        foreach (var row in unsatisfied)
        {
            if (keep.Contains(row))
            {
                mask[row] = true;
            }
            else
            {
                labels[row] = 0;
                dwell[row] = 0;
            }
        }

        var rows = ClickNoise.WithColumns(train, labels, (EcommerceSearchFeatures.DwellColumn, dwell));
        return new CorruptionOutcome(rows, mask, ClickNoise.Strata(rows, labels));
    }
}
