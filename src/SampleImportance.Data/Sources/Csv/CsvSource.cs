using SampleImportance.Abstractions;
using SampleImportance.Data.Csv;
using SampleImportance.Data.Preprocessing;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>
/// <c>csv</c>: a training file with a header (<see cref="CsvSampleLoader"/>), optionally with validation and test files
/// of the same columns; group ids are shared across the files. A group column keeps each group in one split.
/// Categorical columns become indicator features (hashed or one-hot); missing numeric cells are refused or imputed
/// with the median of the training split (fitted after splitting, so held-out rows teach it nothing).
/// </summary>
internal sealed class CsvSource : IDataSource
{
    public const string Name = "csv";

    private static readonly OptionsBinder<CsvSourceOptions> Binder = new OptionsBinder<CsvSourceOptions>()
        .Text("categorical", o => o.Categorical, (o, v) => o.Categorical = v, "Comma-separated categorical columns, encoded as indicators; 'C*' names every column starting with C.")
        .Integer("hash-buckets", o => o.HashBuckets, (o, v) => o.HashBuckets = v, "FNV-1a hash buckets per categorical column; 0 one-hot encodes the training file's values.", 0, 1 << 20)
        .Text("missing", o => o.Missing, (o, v) => o.Missing = v, "Empty numeric cells: error refuses them, median imputes the training rows' median.", ["error", "median"]);

    public DataSourceDescriptor Describe() => new(
        Name,
        "Rows from a CSV file with a header: a numeric label column, an optional group column, every other column a feature.",
        Binder.Descriptors,
        LabelKinds.Any,
        ReadsFiles: true)
    {
        ReadsColumns = true,
        Format = "csv",
        Extensions = [".csv"],
    };

    public SourceRows Load(DataSourceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = context.Files ?? new SourceFiles(null, null, null, null, null);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(files.Path))
        {
            errors.Add(new ValidationError($"CSV dataset '{context.DatasetId}' has no training file path.", context.Where, "Set 'path' to the CSV file."));
        }

        if (string.IsNullOrWhiteSpace(files.LabelColumn))
        {
            errors.Add(new ValidationError($"CSV dataset '{context.DatasetId}' names no label column.", context.Where, "Set 'label' to the header of the label column."));
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        var parameters = Binder.Bind(context.Parameters);
        var options = new CsvLoadOptions
        {
            LabelColumn = files.LabelColumn!,
            GroupColumn = files.GroupColumn,
            IdColumns = files.IdColumns ?? [],
            CategoricalColumns = parameters.Categorical.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            HashBuckets = parameters.HashBuckets,
            Missing = parameters.Missing == "median" ? MissingValuePolicy.Median : MissingValuePolicy.Error,
        };
        var groupIds = new GroupIdMap();
        var categories = new CategoryEncoder(options.HashBuckets);
        var rows = CsvSampleLoader.Load(files.Path!, options, groupIds, categories);
        var validation = files.ValidationPath is null ? null : LoadCompanion(files.ValidationPath, rows, options, groupIds, categories, files.Path!);
        var test = files.TestPath is null ? null : LoadCompanion(files.TestPath, rows, options, groupIds, categories, files.Path!);
        Func<SampleSet, Func<SampleSet, SampleSet>>? impute = options.Missing == MissingValuePolicy.Median ? train => MedianImputer.Fit(train).Apply : null;
        return new SourceRows(rows, rows.HasGroups ? rows.Groups.ToArray() : null, validation, test, FitOnTrain: impute);
    }

    private static SampleSet LoadCompanion(string path, SampleSet train, CsvLoadOptions options, GroupIdMap groupIds, CategoryEncoder categories, string trainPath)
    {
        var rows = CsvSampleLoader.Load(path, options, groupIds, categories);
        if (!rows.FeatureNames.SequenceEqual(train.FeatureNames, StringComparer.Ordinal))
        {
            throw new InputException(new ValidationError(
                $"The feature columns differ from the training file {trainPath}: expected {string.Join(", ", train.FeatureNames)}; found {string.Join(", ", rows.FeatureNames)}.",
                new SourceLocation(path, 1, 1),
                "Give the file the same feature columns, in the same order, as the training file."));
        }

        return rows;
    }
}
