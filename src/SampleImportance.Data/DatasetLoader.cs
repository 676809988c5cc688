using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data.Corruptions;
using SampleImportance.Data.Preprocessing;
using SampleImportance.Data.Randomness;
using SampleImportance.Data.Sources;
using SampleImportance.Data.Splitting;
using SampleImportance.Validation;

namespace SampleImportance.Data;

/// <summary>Loads a <see cref="DatasetRequest"/>: generates or reads the rows (the source named in the
/// <see cref="DataSourceCatalog"/>), splits them into train / validation / test, and corrupts the training split only
/// (the kind named in the <see cref="CorruptionCatalog"/>), recording the mask. Deterministic in (request, seed):
/// generation, splitting and corruption each draw from their own stream derived from the seed, so the same seed gives
/// the same clean data under every corruption.</summary>
public static class DatasetLoader
{
    /// <summary>Loads, splits and corrupts.</summary>
    /// <param name="request">What to load.</param>
    /// <param name="seed">Run seed.</param>
    /// <param name="sources">The sources to resolve <see cref="DatasetRequest.Source"/> in (default: the built-in ones).</param>
    /// <param name="corruptions">The corruptions to resolve the request's kind in (default: the built-in ones).</param>
    /// <exception cref="InputException">Bad parameters, files or corruption settings; each error names where and how to fix it.</exception>
    public static DatasetSplit Load(DatasetRequest request, int seed, DataSourceCatalog? sources = null, CorruptionCatalog? corruptions = null) =>
        Prepare(request, seed, sources, corruptions).Split;

    internal static PreparedDataset Prepare(DatasetRequest request, int seed, DataSourceCatalog? sources = null, CorruptionCatalog? corruptions = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        sources ??= DataSourceCatalog.CreateDefault();
        corruptions ??= CorruptionCatalog.CreateDefault();
        var where = request.Path is not null
            ? new SourceLocation(request.Path)
            : new SourceLocation($"dataset '{request.Id}' ({request.Source})");

        // Check the corruption and the parameters before any heavy work, and report both, so a typo fails fast.
        var errors = new List<ValidationError>();
        var corruption = Try(() => request.Corruption is null ? default : corruptions.Resolve(request.Corruption, where), errors);
        var source = Try(() => sources.Resolve(request.Source, request.Parameters, where), errors);
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        var files = source.Source.Describe().ReadsFiles
            ? new SourceFiles(request.Path, request.ValidationPath, request.TestPath, request.LabelColumn, request.GroupColumn)
            : null;
        var rows = source.Source.Load(new DataSourceContext(request.Id, source.Parameters, files, DataRandom.ForStream(seed, SeedStreams.Generate), where));
        var prepared = Split(request, rows, seed, where);
        if (rows.FitOnTrain is { } fit)
        {
            // Fitted on the training split only (e.g. medians for missing values), so held-out rows teach it nothing.
            prepared = prepared with { Split = ApplyToAll(prepared.Split, fit(prepared.Split.Train)) };
        }

        if (corruption.Corruption is { } corrupt)
        {
            CheckLabels(corrupt.Describe(), prepared.Split.Train, corruptions, where);
            var outcome = corrupt.Apply(prepared.Split.Train, request.Corruption!.Rate, corruption.Parameters, DataRandom.ForStream(seed, SeedStreams.Corrupt), where);
            var strata = outcome.EffectiveStrata;
            CheckOutcome(outcome, strata, prepared.Split.Train.Count, corrupt.Describe().Name);
            prepared = prepared with { Split = prepared.Split with { Train = outcome.Rows, NoiseMask = outcome.Mask, NoiseStrata = strata } };
        }

        return request.Standardize ? Standardize(prepared) : prepared;
    }

    /// <summary>Fits the scaling on the (corrupted) training rows, the rows a practitioner holds, and applies it to all three splits.</summary>
    private static PreparedDataset Standardize(PreparedDataset prepared)
    {
        var split = prepared.Split;
        if (split.Train.FeatureCount == 0)
        {
            return prepared;
        }

        return prepared with { Split = ApplyToAll(split, FeatureStandardizer.Fit(split.Train).Apply) with { Standardized = true } };
    }

    /// <summary>A transform fitted on the training split, applied alike to train, validation and test.</summary>
    private static DatasetSplit ApplyToAll(DatasetSplit split, Func<SampleSet, SampleSet> apply) =>
        split with { Train = apply(split.Train), Validation = apply(split.Validation), Test = apply(split.Test) };

    /// <summary>
    /// Holds out of the source's rows only what the source did not give as such. With both validation and test given,
    /// the rows are used as-is (every row, source order, no random draw), so a suite cell values exactly the rows
    /// <c>score --train</c> reads. Split units (sessions, groups) make the split unit-aware.
    /// </summary>
    private static PreparedDataset Split(DatasetRequest request, SourceRows source, int seed, SourceLocation where)
    {
        var rows = source.Rows;
        var assignment = source.Validation is not null && source.Test is not null
            ? new SplitAssignment([.. Enumerable.Range(0, rows.Count)], [], [])
            : DatasetSplitter.Split(
                rows,
                source.SplitUnits,
                source.Validation is null ? request.ValidationFraction : 0,
                source.Test is null ? request.TestFraction : 0,
                DataRandom.ForStream(seed, SeedStreams.Split),
                where);
        var split = new DatasetSplit(
            request.Id,
            rows.Select(assignment.Train),
            source.Validation ?? rows.Select(assignment.Validation),
            source.Test ?? (source.TestLabels is { } testLabels ? rows.WithLabels(testLabels) : rows).Select(assignment.Test),
            NoiseMask: null);
        return new PreparedDataset(split, rows, source.SplitUnits, assignment, source.Log);
    }

    /// <summary>A corruption's outcome must describe every training row it returns; a plugin bug, not bad input.</summary>
    private static void CheckOutcome(CorruptionOutcome outcome, IReadOnlyList<int> strata, int before, string name)
    {
        var rows = outcome.Rows.Count;
        if (outcome.Mask.Count != rows || strata.Count != rows)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Corruption '{name}' returned {rows} rows (from {before}) with {outcome.Mask.Count} mask entries and {strata.Count} strata; it must give one of each per row."));
        }
    }

    /// <summary>Refuses a corruption whose descriptor does not cover every training label, naming the first that it does
    /// not and the corruptions that would apply.</summary>
    private static void CheckLabels(CorruptionDescriptor corruption, SampleSet train, CorruptionCatalog catalog, SourceLocation where)
    {
        var labels = train.Labels;
        for (var row = 0; row < labels.Length; row++)
        {
            var kinds = KindsHolding(labels[row]);
            if ((kinds & corruption.AppliesTo) != LabelKinds.None)
            {
                continue;
            }

            var fitting = catalog.Descriptors.Where(d => (d.AppliesTo & kinds) != LabelKinds.None).Select(d => d.Name).ToList();
            throw new InputException(new ValidationError(
                string.Create(CultureInfo.InvariantCulture, $"Corruption '{corruption.Name}' needs {Text(corruption.AppliesTo)}, but training row {row} has label {labels[row]}."),
                where,
                fitting.Count == 0
                    ? $"Use '{corruption.Name}' only on datasets with {Text(corruption.AppliesTo)}, or remove the corruption."
                    : $"Use '{corruption.Name}' only on datasets with {Text(corruption.AppliesTo)}, or pick a corruption that applies to these labels (one of: {string.Join(", ", fitting)})."));
        }
    }

    /// <summary>The label kinds that can hold <paramref name="label"/>: 0 and 1 fit every kind, other whole numbers every kind but binary.</summary>
    private static LabelKinds KindsHolding(double label) => label switch
    {
        0 or 1 => LabelKinds.Any,
        >= 0 when Math.Floor(label) == label => LabelKinds.Multiclass | LabelKinds.Graded | LabelKinds.Real,
        _ => LabelKinds.Real,
    };

    private static string Text(LabelKinds kinds) => kinds switch
    {
        LabelKinds.Binary => "binary labels (0 or 1)",
        _ => string.Join(" or ", Enum.GetValues<LabelKinds>()
            .Where(k => k is not (LabelKinds.None or LabelKinds.Any) && kinds.HasFlag(k))
            .Select(k => k.ToString().ToLowerInvariant())) + " labels",
    };

    private static T Try<T>(Func<T> resolve, List<ValidationError> errors)
    {
        try
        {
            return resolve();
        }
        catch (InputException ex)
        {
            errors.AddRange(ex.Errors);
            return default!;
        }
    }
}
