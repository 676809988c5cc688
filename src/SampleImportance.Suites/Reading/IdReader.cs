using SampleImportance.Suites.Yaml;
using SampleImportance.Validation;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads names and ids: lower-case letters, digits and '-', so they are safe in paths and cell keys.</summary>
internal static class IdReader
{
    /// <summary>True for a non-empty string of <c>[a-z0-9-]</c>.</summary>
    public static bool IsValid(string id) =>
        id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>The name or id under <paramref name="key"/>, or null after reporting.</summary>
    public static string? Read(MappingView mapping, string key, NodeReader reader, string example)
    {
        var node = mapping.Required(key, example);
        var text = node is null ? null : reader.Text(node, mapping.Child(key));
        if (node is null || text is null)
        {
            return null;
        }

        if (!IsValid(text))
        {
            reader.Error(node, $"'{mapping.Child(key)}' must use only lower-case letters, digits and '-', not '{text}'.", $"Write it like {example}.");
            return null;
        }

        return text;
    }

    /// <summary>Reads an id that must be unique among <paramref name="declared"/>, and declares it.</summary>
    public static string? ReadUnique(MappingView mapping, NodeReader reader, Dictionary<string, SourceLocation> declared, string kind, string example)
    {
        var id = Read(mapping, "id", reader, example);
        if (id is null)
        {
            return null;
        }

        var location = reader.At(mapping.Optional("id")!);
        if (declared.TryGetValue(id, out var first))
        {
            reader.Error(location, $"Duplicate {kind} id '{id}' (first defined at line {first.Line}).", $"Give each {kind} its own id.");
            return null;
        }

        declared[id] = location;
        return id;
    }
}
