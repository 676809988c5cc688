using SampleImportance.Hosting;
using SampleImportance.Suites.Yaml;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Reading;

/// <summary>What every section reader needs: the problem sink, the plugins, the task, source and corruption registries,
/// where relative paths start, and the plan being built.</summary>
internal sealed record SuiteReadContext(NodeReader Reader, IPluginCatalog Catalog, string BaseDirectory, SuiteBuilder Builder, SuiteCatalogs Catalogs)
{
    /// <summary>Reads each entry of the list <paramref name="section"/> (nothing when <paramref name="node"/> is absent) at path <c>section[i]</c>.</summary>
    public void ReadEach(YamlNode? node, string section, string example, bool nonEmpty, Action<YamlNode, string, SuiteReadContext> read)
    {
        var items = node is null ? null : Reader.Sequence(node, section, example, nonEmpty);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            read(items![i], $"{section}[{i}]", this);
        }
    }
}
