using SampleImportance.Suites.Yaml;
using SampleImportance.Validation.Parameters;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads a <c>plugin:</c> id and finds its descriptor in the catalog.</summary>
internal static class PluginReader
{
    /// <summary>The descriptor whose id is written under <c>plugin:</c>, or null after reporting (listing the available ids).</summary>
    public static T? Read<T>(MappingView entry, NodeReader reader, IReadOnlyList<T> available, Func<T, string> idOf, string kind, string example)
        where T : class
    {
        var node = entry.Required("plugin", example);
        var id = node is null ? null : reader.Text(node, entry.Child("plugin"));
        if (node is null || id is null)
        {
            return null;
        }

        var found = available.FirstOrDefault(d => string.Equals(idOf(d), id, StringComparison.Ordinal));
        if (found is null)
        {
            var ids = available.Select(idOf).ToList();
            var fix = ids.Count == 0
                ? $"No {kind} plugins are loaded; check the plugin folders (--plugins)."
                : NameSuggester.Fix(id, ids, $"Available {kind}s");
            reader.Error(node, $"Unknown {kind} plugin '{id}'.", fix);
        }

        return found;
    }
}
