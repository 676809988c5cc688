using SampleImportance.Data;
using SampleImportance.Suites.Yaml;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads the csv-only keys of a dataset: files (resolved against the suite's folder, checked to exist) and column names.</summary>
internal static class CsvReader
{
    public static DatasetRequest Read(MappingView entry, DatasetRequest request, SuiteReadContext context)
    {
        var reader = context.Reader;
        var pathNode = entry.Required("path", "data/train.csv");
        var labelNode = entry.Required("label", "clicked");
        var groupNode = entry.Optional("group");
        return request with
        {
            Path = pathNode is null ? null : ResolveFile(pathNode, entry.Child("path"), context),
            ValidationPath = entry.Optional("validation") is { } v ? ResolveFile(v, entry.Child("validation"), context) : null,
            TestPath = entry.Optional("test") is { } t ? ResolveFile(t, entry.Child("test"), context) : null,
            LabelColumn = labelNode is null ? null : reader.Text(labelNode, entry.Child("label")),
            GroupColumn = groupNode is null ? null : reader.Text(groupNode, entry.Child("group")),
        };
    }

    private static string? ResolveFile(YamlDotNet.RepresentationModel.YamlNode node, string path, SuiteReadContext context)
    {
        var reader = context.Reader;
        var text = reader.Text(node, path);
        if (text is null)
        {
            return null;
        }

        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(Path.GetFullPath(context.BaseDirectory), text));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            reader.Error(node, $"'{path}' is not a valid file path: '{text}' ({e.Message}).", "Write a path relative to the suite file's folder.");
            return null;
        }

        if (Directory.Exists(full))
        {
            reader.Error(node, $"'{path}' names a folder, not a file: {full}.", "Name the CSV file itself.");
            return null;
        }

        if (!File.Exists(full))
        {
            reader.Error(node, $"File not found for '{path}': {full}.", $"Check the path; relative paths start at the suite file's folder ({context.BaseDirectory}).");
            return null;
        }

        return full;
    }
}
