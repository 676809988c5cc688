using SampleImportance.Data;
using SampleImportance.Data.Sources;
using SampleImportance.Suites.Yaml;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads the file keys of a dataset: files (resolved against the suite's folder, checked to exist) and, for
/// sources that read columns by name, the label and group column names.</summary>
internal static class CsvReader
{
    public static DatasetRequest Read(MappingView entry, DatasetRequest request, DataSourceDescriptor source, SuiteReadContext context)
    {
        var reader = context.Reader;
        var pathNode = entry.Required("path", "data/train.csv");
        if (!source.ReadsColumns)
        {
            // The format carries its label and groups (SVMlight's label and qid), so naming columns would be ignored.
            foreach (var key in new[] { "label", "group" }.Where(entry.Has))
            {
                reader.Error(entry.KeyNode(key)!, $"'{entry.Child(key)}' does not apply to source '{source.Name}': its files carry the label and groups.", "Remove it.");
            }
        }

        var labelNode = source.ReadsColumns ? entry.Required("label", "clicked") : null;
        var groupNode = source.ReadsColumns ? entry.Optional("group") : null;
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
