using SampleImportance.Abstractions;
using SampleImportance.Data.Randomness;
using SampleImportance.Data.Sources;
using SampleImportance.Validation;

namespace SampleImportance.Cli.Commands;

/// <summary>
/// Reads <c>score</c>'s training and validation files with the data source whose descriptor declares the file format
/// (<c>--format</c>, else the training file's extension): the same readers as suites, so a file loads the same either
/// way. A source's training-split preparation (median imputation, popularity) is fitted on the training file.
/// </summary>
internal static class ScoreInput
{
    public static (SampleSet Train, SampleSet Validation)? Load(
        string train, string? validation, string? format, string? label, string? group, IReadOnlyList<string> columns, int seed, List<ValidationError> errors)
    {
        var catalog = DataSourceCatalog.CreateDefault();
        var formats = catalog.Descriptors.Where(d => d.Format is not null).ToList();
        var trainPath = Path.GetFullPath(train);
        DataSourceDescriptor? source;
        if (format is not null)
        {
            source = formats.Find(d => d.Format == format);
            if (source is null)
            {
                errors.Add(new ValidationError($"Unknown --format '{format}'.", new SourceLocation("--format"), "Use one of: " + string.Join(", ", formats.Select(d => d.Format)) + "."));
                return null;
            }
        }
        else
        {
            var extension = Path.GetExtension(trainPath).ToLowerInvariant();
            source = formats.Find(d => d.Extensions.Contains(extension));
            if (source is null)
            {
                errors.Add(new ValidationError(
                    $"Cannot tell the format of {trainPath} from its extension '{extension}'.",
                    new SourceLocation("--train"),
                    "Give --format " + string.Join(" or ", formats.Select(d => $"{d.Format} ({string.Join(", ", d.Extensions)})")) + "."));
                return null;
            }
        }

        if (source.ReadsColumns && label is null)
        {
            errors.Add(new ValidationError($"--format {source.Format} needs --label.", new SourceLocation("--label"), "Name the label column, e.g. --label clicked."));
            return null;
        }

        if (!source.ReadsColumns && (label is not null || group is not null || columns.Count > 0))
        {
            errors.Add(new ValidationError(
                $"--label, --group and --column do not apply to --format {source.Format}: its files carry the label and groups.",
                new SourceLocation("--format"),
                "Remove them (an SVMlight qid is the group)."));
            return null;
        }

        try
        {
            catalog.TryGet(source.Name, out var reader);
            var (_, parameters) = catalog.Resolve(source.Name, PluginParameters.Empty, new SourceLocation(trainPath));
            var files = new SourceFiles(trainPath, validation is null ? null : Path.GetFullPath(validation), null, label, group, columns);
            var rows = reader!.Load(new DataSourceContext("score", parameters, files, new Random(SeedMixer.Mix(seed, SeedStreams.Generate)), new SourceLocation(trainPath)));
            var prepare = rows.FitOnTrain?.Invoke(rows.Rows) ?? (set => set);
            var trainSet = prepare(rows.Rows);
            return (trainSet, rows.Validation is null ? trainSet : prepare(rows.Validation));
        }
        catch (InputException ex)
        {
            errors.AddRange(ex.Errors);
            return null;
        }
    }
}
