using SampleImportance.Hosting;
using SampleImportance.Suites.Yaml;

namespace SampleImportance.Suites.Reading;

/// <summary>What every section reader needs: the problem sink, the plugins, the task, source and corruption registries,
/// where relative paths start, and the plan being built.</summary>
internal sealed record SuiteReadContext(NodeReader Reader, IPluginCatalog Catalog, string BaseDirectory, SuiteBuilder Builder, SuiteCatalogs Catalogs);
