using SampleImportance.Core.Plugins;
using SampleImportance.Core.Suites.Yaml;

namespace SampleImportance.Core.Suites.Reading;

/// <summary>What every section reader needs: the problem sink, the plugins, where relative paths start, and the plan being built.</summary>
internal sealed record SuiteReadContext(NodeReader Reader, IPluginCatalog Catalog, string BaseDirectory, SuiteBuilder Builder);
