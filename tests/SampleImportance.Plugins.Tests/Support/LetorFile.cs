using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>
/// Reads LETOR files (SVMlight with qid: <c>label qid:Q i:v ... # comment</c>) from <c>../shared/datasets</c>, for tests
/// only: dense features 1..max index (absent ones 0), qid as the group, graded labels kept. Not a data source.
/// </summary>
internal static class LetorFile
{
    /// <summary>The path of <c>../shared/datasets/<paramref name="relative"/></c>, found by walking up from the test binaries.</summary>
    public static string SharedDataset(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"shared/datasets/{relative} was not found above {AppContext.BaseDirectory}; ../shared must sit beside the checkout.");
    }

    /// <summary>The first <paramref name="maxQueries"/> queries of the file (all when null), with <paramref name="featureCount"/> features.</summary>
    public static SampleSet Read(string path, int featureCount, int? maxQueries = null)
    {
        var features = new List<float>();
        var labels = new List<double>();
        var groups = new List<int>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var qid = int.Parse(tokens[1].AsSpan(4), CultureInfo.InvariantCulture);
            if (groups.Count > 0 && groups[^1] != qid && maxQueries is { } max && groups.Distinct().Count() == max)
            {
                break;
            }

            var row = new float[featureCount];
            foreach (var token in tokens.Skip(2))
            {
                var colon = token.IndexOf(':', StringComparison.Ordinal);
                row[int.Parse(token.AsSpan(0, colon), CultureInfo.InvariantCulture) - 1] = float.Parse(token.AsSpan(colon + 1), CultureInfo.InvariantCulture);
            }

            features.AddRange(row);
            labels.Add(double.Parse(tokens[0], CultureInfo.InvariantCulture));
            groups.Add(qid);
        }

        return new SampleSet([.. features], featureCount, [.. labels], [.. groups]);
    }
}
