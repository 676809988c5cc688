using System.CommandLine;
using SampleImportance.Cli.Plugins;
using SampleImportance.Cli.Output;
using SampleImportance.Suites;
using Spectre.Console;

namespace SampleImportance.Cli.Commands;

/// <summary><c>plugins list</c>: what was discovered, from where, and what failed to load; then what a suite may name
/// beside plugins (tasks, costs, sources, corruptions, metrics), from the host's catalogs.</summary>
internal static class PluginsCommand
{
    public static Command Create()
    {
        var plugins = CommonOptions.Plugins();
        var list = new Command("list", "List discovered estimators and models with their plugin assembly, then the tasks, data sources, corruptions and metrics a suite may name.") { plugins };
        list.SetAction(parse =>
        {
            using var catalog = CliPlugins.Load(parse.GetValue(plugins) ?? []);
            // Ids never wrap: redirected output is 80 columns wide, and a log or grep must see "logistic-regression" whole.
            var table = new Table()
                .AddColumn(new TableColumn("kind").NoWrap())
                .AddColumn(new TableColumn("id").NoWrap())
                .AddColumns("needs / capabilities", "parameters", "assembly");
            foreach (var estimator in catalog.Estimators.OrderBy(e => e.Id, StringComparer.Ordinal))
            {
                var source = catalog.Plugins.FirstOrDefault(p => p.Estimators.Contains(estimator.Id));
                table.AddRow(
                    "estimator",
                    Markup.Escape(estimator.Id),
                    Markup.Escape($"{estimator.Requirements}; units {estimator.Units}"),
                    Markup.Escape(CatalogListing.Parameters(estimator.Parameters)),
                    Markup.Escape(source is null ? "?" : $"{source.AssemblyName} {source.Version}"));
            }

            foreach (var model in catalog.Models.OrderBy(m => m.Id, StringComparer.Ordinal))
            {
                var source = catalog.Plugins.FirstOrDefault(p => p.Models.Contains(model.Id));
                table.AddRow(
                    "model",
                    Markup.Escape(model.Id),
                    Markup.Escape($"{model.Capabilities}; {model.Predictions}; metric {model.DefaultMetric}"),
                    Markup.Escape(CatalogListing.Parameters(model.Parameters)),
                    Markup.Escape(source is null ? "?" : $"{source.AssemblyName} {source.Version}"));
            }

            AnsiConsole.Write(table);
            var catalogs = SuiteCatalogs.CreateDefault();
            System.Console.WriteLine("metrics: " + string.Join(", ", catalogs.Metrics.Names));
            foreach (var line in CatalogListing.Lines(catalogs))
            {
                System.Console.WriteLine(line);
            }

            foreach (var plugin in catalog.Plugins)
            {
                System.Console.WriteLine($"{plugin.AssemblyName} {plugin.Version} contract {plugin.ContractVersion} sha256 {plugin.Sha256} {plugin.Path}");
            }

            return catalog.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return new Command("plugins", "Inspect plugins.") { list };
    }
}
