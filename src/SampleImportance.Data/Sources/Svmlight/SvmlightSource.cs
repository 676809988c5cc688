using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Data.Csv;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>
/// <c>svmlight</c>: SVMlight / LETOR files (<c>label qid:Q index:value ... # comment</c>), optionally with validation and
/// test files. Labels are kept as written (graded relevance 0, 1, 2, ... for LETOR). The qid is the group (what ranking
/// metrics rank within and what splitting keeps together) and the id column <c>query</c> (the qid itself when it is a
/// whole number, else numbered in order of first appearance); the files share one qid numbering. Features are dense:
/// one per index up to the largest index in any of the files, absent indices 0, named <c>f1</c>, <c>f2</c>, ...
/// </summary>
internal sealed class SvmlightSource : IDataSource
{
    public const string Name = "svmlight";

    /// <summary>The id column the qid is carried under.</summary>
    public const string QueryColumn = "query";

    public DataSourceDescriptor Describe() => new(
        Name,
        "Ranking rows from SVMlight / LETOR files (label qid:Q index:value ...): graded labels kept, the qid is the group and the query column.",
        [],
        LabelKinds.Any,
        ReadsFiles: true)
    {
        Format = Name,
        Extensions = [".txt", ".svm", ".svmlight", ".libsvm"],
    };

    public SourceRows Load(DataSourceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (_, files) = TrainingPath.Required(context, "SVMlight", "Set 'path' to the SVMlight file.");

        var parsed = new[] { files.Path, files.ValidationPath, files.TestPath }.Select(p => p is null ? null : SvmlightParser.Parse(p)).ToArray();
        var featureCount = parsed.Where(p => p is not null).SelectMany(p => p!).SelectMany(r => r.Features).Select(f => f.Index).DefaultIfEmpty(1).Max();
        var groupIds = new GroupIdMap();
        var sets = parsed.Select(p => p is null ? null : ToSampleSet(p, featureCount, groupIds)).ToArray();
        var train = sets[0]!;
        for (var i = 1; i < sets.Length; i++)
        {
            if (sets[i] is { } companion && companion.HasGroups != train.HasGroups)
            {
                throw new InputException(new ValidationError(
                    "This file " + (companion.HasGroups ? "has" : "has no") + $" qids but the training file {files.Path} " + (train.HasGroups ? "has." : "has none."),
                    new SourceLocation(i == 1 ? files.ValidationPath! : files.TestPath!, 1, 1),
                    "Give every file qids (ranking data), or none."));
            }
        }

        return new SourceRows(train, train.HasGroups ? train.Groups.ToArray() : null, sets[1], sets[2]);
    }

    private static SampleSet ToSampleSet(List<SvmlightRow> rows, int featureCount, GroupIdMap groupIds)
    {
        var features = new float[(long)rows.Count * featureCount];
        var labels = new double[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            labels[r] = rows[r].Label;
            foreach (var (index, value) in rows[r].Features)
            {
                features[((long)r * featureCount) + index - 1] = value;
            }
        }

        var names = Enumerable.Range(1, featureCount).Select(i => "f" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        if (rows[0].Qid is null)
        {
            return new SampleSet(features, featureCount, labels, featureNames: names);
        }

        var groups = rows.Select(r => groupIds[r.Qid!]).ToArray();
        var numeric = rows.Select(r => int.TryParse(r.Qid, NumberStyles.Integer, CultureInfo.InvariantCulture, out var q) ? q : (int?)null).ToArray();

        // Whole-number qids are kept as written so values per query join back to the user's data.
        var query = numeric.All(q => q.HasValue) ? numeric.Select(q => q!.Value).ToArray() : groups;
        return new SampleSet(features, featureCount, labels, groups, featureNames: names, columns: new Dictionary<string, int[]> { [QueryColumn] = query });
    }
}
