using SampleImportance.Abstractions;
using SampleImportance.Data.Csv;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>
/// <c>csv</c>: a training file with a header (<see cref="CsvSampleLoader"/>), optionally with validation and test files
/// of the same columns; group ids are shared across the files. A group column keeps each group in one split.
/// </summary>
internal sealed class CsvSource : IDataSource
{
    public const string Name = "csv";

    public DataSourceDescriptor Describe() => new(
        Name,
        "Rows from a CSV file with a header: a numeric label column, an optional group column, every other column a feature.",
        [],
        LabelKinds.Any,
        ReadsFiles: true);

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

        var options = new CsvLoadOptions { LabelColumn = files.LabelColumn!, GroupColumn = files.GroupColumn };
        var groupIds = new GroupIdMap();
        var rows = CsvSampleLoader.Load(files.Path!, options, groupIds);
        var validation = files.ValidationPath is null ? null : LoadCompanion(files.ValidationPath, rows, options, groupIds, files.Path!);
        var test = files.TestPath is null ? null : LoadCompanion(files.TestPath, rows, options, groupIds, files.Path!);
        return new SourceRows(rows, rows.HasGroups ? rows.Groups.ToArray() : null, validation, test);
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
}
