using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data.Corruptions;
using SampleImportance.Data.Csv;
using SampleImportance.Data.Randomness;
using SampleImportance.Data.Splitting;
using SampleImportance.Data.Synthetic;
using SampleImportance.Data.Synthetic.Ecommerce;
using SampleImportance.Validation;

namespace SampleImportance.Data;

/// <summary>Loads a <see cref="DatasetRequest"/>: generates or reads the rows, splits them into train / validation /
/// test, and corrupts the training split only, recording the mask. Deterministic in (request, seed): generation,
/// splitting and corruption each draw from their own stream derived from the seed, so the same seed gives the same
/// clean data under every corruption.</summary>
public static class DatasetLoader
{
    /// <summary>Loads, splits and corrupts.</summary>
    /// <param name="request">What to load.</param>
    /// <param name="seed">Run seed.</param>
    /// <exception cref="InputException">Bad parameters, files or corruption settings; each error names where and how to fix it.</exception>
    public static DatasetSplit Load(DatasetRequest request, int seed) => Prepare(request, seed).Split;

    internal static PreparedDataset Prepare(DatasetRequest request, int seed)
    {
        ArgumentNullException.ThrowIfNull(request);
        var where = request.Source == DataSourceCatalog.Csv && request.Path is not null
            ? new SourceLocation(request.Path)
            : new SourceLocation($"dataset '{request.Id}' ({request.Source})");

        // Check the corruption before any heavy work so a typo fails fast.
        var corruption = request.Corruption is null ? null : CorruptionFactory.Create(request.Corruption, where);
        var parameters = SourceParameters.Read(request.Source, request.Parameters, where);
        var generator = DataRandom.ForStream(seed, DataRandom.GenerateStream);
        var prepared = request.Source switch
        {
            DataSourceCatalog.Tabular => FromRows(request, Tabular(parameters, generator, where), units: null, log: null, seed, where),
            DataSourceCatalog.EcommerceSearch => FromLog(request, Ecommerce(parameters, generator, where), seed, where),
            _ => FromCsv(request, seed, where),
        };

        if (corruption is null)
        {
            return prepared;
        }

        var outcome = corruption.Apply(prepared.Split.Train, request.Corruption!.Rate, DataRandom.ForStream(seed, DataRandom.CorruptStream), where);
        return prepared with { Split = prepared.Split with { Train = outcome.Rows, NoiseMask = outcome.Mask } };
    }

    private static SampleSet Tabular(SourceParameters parameters, Random random, SourceLocation where)
    {
        var options = new TabularOptions
        {
            Rows = parameters.Integer("rows"),
            Features = parameters.Integer("features"),
            Separation = parameters.Number("separation"),
        };
        CheckSize((long)options.Rows * options.Features, "rows × features", "Lower rows or features.", where);
        return TabularGenerator.Generate(options, random);
    }

    private static EcommerceSearchLog Ecommerce(SourceParameters parameters, Random random, SourceLocation where)
    {
        var options = new EcommerceSearchOptions
        {
            Queries = parameters.Integer("queries"),
            Products = parameters.Integer("products"),
            Sessions = parameters.Integer("sessions"),
            PageSize = parameters.Integer("page-size"),
            PositionBias = parameters.Number("position-bias"),
        };
        var rows = (long)options.Sessions * Math.Min(options.PageSize, options.Products);
        CheckSize(rows * EcommerceSearchFeatures.FeatureNames.Count, "sessions × page-size × features", "Lower sessions or page-size.", where);
        return EcommerceSearchGenerator.Generate(options, random);
    }

    private static PreparedDataset FromLog(DatasetRequest request, EcommerceSearchLog log, int seed, SourceLocation where)
    {
        // Split by session: a page's impressions share a query and compete for the click, so they stay together.
        var units = log.Impressions.Select(i => i.SessionId).ToArray();
        return FromRows(request, EcommerceSearchFeatures.ToSampleSet(log), units, log, seed, where);
    }

    private static PreparedDataset FromRows(DatasetRequest request, SampleSet rows, int[]? units, EcommerceSearchLog? log, int seed, SourceLocation where)
    {
        var assignment = DatasetSplitter.Split(rows, units, request.ValidationFraction, request.TestFraction, DataRandom.ForStream(seed, DataRandom.SplitStream), where);
        var split = new DatasetSplit(request.Id, rows.Select(assignment.Train), rows.Select(assignment.Validation), rows.Select(assignment.Test), NoiseMask: null);
        return new PreparedDataset(split, rows, units, assignment, log);
    }

    private static PreparedDataset FromCsv(DatasetRequest request, int seed, SourceLocation where)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(request.Path))
        {
            errors.Add(new ValidationError($"CSV dataset '{request.Id}' has no training file path.", where, "Set 'path' to the CSV file."));
        }

        if (string.IsNullOrWhiteSpace(request.LabelColumn))
        {
            errors.Add(new ValidationError($"CSV dataset '{request.Id}' names no label column.", where, "Set 'label' to the header of the label column."));
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        var options = new CsvLoadOptions { LabelColumn = request.LabelColumn!, GroupColumn = request.GroupColumn };
        var groupIds = new GroupIdMap();
        var rows = CsvSampleLoader.Load(request.Path!, options, groupIds);
        var validation = request.ValidationPath is null ? null : LoadCompanion(request.ValidationPath, rows, options, groupIds, request.Path!);
        var test = request.TestPath is null ? null : LoadCompanion(request.TestPath, rows, options, groupIds, request.Path!);

        // Hold out from the training file only what no file provides; a group column makes the split group-aware.
        var assignment = DatasetSplitter.Split(
            rows,
            rows.HasGroups ? rows.Groups.ToArray() : null,
            validation is null ? request.ValidationFraction : 0,
            test is null ? request.TestFraction : 0,
            DataRandom.ForStream(seed, DataRandom.SplitStream),
            where);
        var split = new DatasetSplit(
            request.Id,
            rows.Select(assignment.Train),
            validation ?? rows.Select(assignment.Validation),
            test ?? rows.Select(assignment.Test),
            NoiseMask: null);
        return new PreparedDataset(split, rows, rows.HasGroups ? rows.Groups.ToArray() : null, assignment, Log: null);
    }

    private static SampleSet LoadCompanion(string path, SampleSet train, CsvLoadOptions options, GroupIdMap groupIds, string trainPath)
    {
        var rows = CsvSampleLoader.Load(path, options, groupIds);
        if (!rows.FeatureNames.SequenceEqual(train.FeatureNames, StringComparer.Ordinal))
        {
            throw new InputException(new ValidationError(
                $"The feature columns differ from the training file {trainPath}: expected {string.Join(", ", train.FeatureNames)}; found {string.Join(", ", rows.FeatureNames)}.",
                new SourceLocation(path, 1, 1),
                "Give the file the same feature columns, in the same order, as the training file."));
        }

        return rows;
    }

    private static void CheckSize(long values, string what, string fix, SourceLocation where)
    {
        if (values > Array.MaxLength)
        {
            throw new InputException(new ValidationError(
                string.Create(CultureInfo.InvariantCulture, $"The dataset would hold {values} feature values ({what}), more than one array can hold ({Array.MaxLength})."),
                where,
                fix));
        }
    }
}
