using System.Text.Json;
using SampleImportance.Abstractions;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>
/// <c>esci</c>: Amazon Shopping Queries graded judgments (the JSON of <c>../shared/datasets/esci-judgments</c>). One row
/// per (query, product), label = grade E=3, S=2, C=1, I=0, features from <see cref="EsciFeatures"/>; group and id
/// column <c>query</c> (queries numbered in file order), id column <c>product</c>; rows are split by query.
/// </summary>
internal sealed class EsciSource : IDataSource
{
    public const string Name = "esci";
    public const string QueryColumn = "query";
    public const string ProductColumn = "product";

    private static readonly OptionsBinder<EsciOptions> Binder = new OptionsBinder<EsciOptions>()
        .Integer("queries", o => o.Queries, (o, v) => o.Queries = v, "Queries to keep, drawn with the seed; 0 keeps all.", 0, 1_000_000);

    public DataSourceDescriptor Describe() => new(
        Name,
        "ESCI graded query-product judgments (E=3, S=2, C=1, I=0) with label-free query/product features; grouped and split by query.",
        Binder.Descriptors,
        LabelKinds.Graded,
        ReadsFiles: true);

    public SourceRows Load(DataSourceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (path, files) = TrainingPath.Required(context, "ESCI", "Set 'path' to esci_us_judgments.json.");

        if (files.ValidationPath is not null || files.TestPath is not null)
        {
            throw new InputException(new ValidationError($"ESCI dataset '{context.DatasetId}' names validation or test files, but the judgments file is split by query.", context.Where, "Remove 'validation' and 'test'; set 'split' fractions instead."));
        }

        var judgments = Read(path);
        var keep = Binder.Bind(context.Parameters).Queries;
        if (keep > 0 && keep < judgments.JudgmentRatings.Count)
        {
            // A seeded draw that keeps file order, so query ids stay as numbered in the file's order among those kept.
            var chosen = Enumerable.Range(0, judgments.JudgmentRatings.Count).OrderBy(_ => context.Random.Next()).Take(keep).Order().ToList();
            judgments.JudgmentRatings = [.. chosen.Select(i => judgments.JudgmentRatings[i])];
        }

        var rows = EsciFeatures.ToSampleSet(judgments, path);
        return new SourceRows(rows, rows.Groups.ToArray(), FitOnTrain: ProductGrades.Fit);
    }

    private static EsciJudgments Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<EsciJudgments>(stream)
                ?? throw new InputException(new ValidationError("The file holds null, not ESCI judgments.", new SourceLocation(path, 1, 1), "Give a JSON object with judgmentRatings."));
        }
        catch (JsonException ex)
        {
            throw new InputException(new ValidationError(
                $"Not ESCI judgments JSON: {ex.Message}",
                new SourceLocation(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1),
                "Give {\"judgmentRatings\": [{\"query\": \"...\", \"ratings\": [{\"docId\": \"B0...\", \"rating\": \"100.000\"}]}]}."));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new ValidationError($"Cannot read the ESCI file: {ex.Message} (full path: {Path.GetFullPath(path)}).", new SourceLocation(path), "Check the path and that the file is readable."));
        }
    }
}
