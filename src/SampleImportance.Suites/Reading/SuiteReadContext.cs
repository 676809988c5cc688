using SampleImportance.Hosting;
using SampleImportance.Suites.Yaml;

namespace SampleImportance.Suites.Reading;

/// <summary>What every section reader needs: the problem sink, the plugins, where relative paths start, and the plan being built.</summary>
internal sealed record SuiteReadContext(NodeReader Reader, IPluginCatalog Catalog, string BaseDirectory, SuiteBuilder Builder);
