using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Suites.Yaml;
using SampleImportance.Validation.Parameters;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads <c>estimators:</c> into <see cref="EstimatorPlan"/>s.</summary>
internal static class EstimatorReader
{
    private static readonly string[] Keys = ["id", "plugin", "params", "budget", "unit", "models"];
    private static readonly string[] BudgetKeys = ["seconds", "utility-evaluations"];

    public static void ReadAll(MappingView suite, SuiteReadContext context)
    {
        const string Example = "[{ id: knn-shapley, plugin: knn-shapley }]";
        context.ReadEach(suite.Required("estimators", Example), "estimators", Example, nonEmpty: true, Read);
    }

    private static void Read(YamlNode node, string path, SuiteReadContext context)
    {
        var reader = context.Reader;
        var errorsBefore = reader.ErrorCount;
        var entry = reader.Mapping(node, path, Keys, "{ id: tmc, plugin: tmc-shapley, budget: { seconds: 60 } }");
        if (entry is null)
        {
            return;
        }

        var id = IdReader.ReadUnique(entry, reader, context.Builder.EstimatorIds, "estimator", "knn-shapley");
        var descriptor = PluginReader.Read(entry, reader, context.Catalog.Estimators, d => d.Id, "estimator", "knn-shapley");
        var parameters = ParamsReader.Read(entry, descriptor?.Parameters, $"estimator plugin '{descriptor?.Id}'", context);
        var budget = ReadBudget(entry, reader);
        var unit = ReadUnit(entry, descriptor, reader);
        var models = ReadModels(entry, context);
        if (reader.ErrorCount == errorsBefore && id is not null && descriptor is not null && unit is not null)
        {
            context.Builder.Estimators.Add(new EstimatorPlan(id, descriptor.Id, parameters, budget, unit, reader.At(node)) { Models = models });
        }
    }

    /// <summary>
    /// The suite's model ids this estimator is paired with (<c>models: [mlp]</c>), or null for every model: one suite can
    /// hold an estimator that needs checkpoints beside models that have none, without running every model with it.
    /// </summary>
    private static IReadOnlyList<string>? ReadModels(MappingView entry, SuiteReadContext context)
    {
        const string Example = "models: [lr]";
        var reader = context.Reader;
        var node = entry.Optional("models");
        var items = node is null ? null : reader.Sequence(node, entry.Child("models"), Example, nonEmpty: true);
        if (items is null)
        {
            return null;
        }

        var declared = context.Builder.ModelIds;
        var models = new List<string>();
        foreach (var item in items)
        {
            var model = reader.Text(item, entry.Child("models"));
            if (model is null)
            {
                continue;
            }

            if (!declared.ContainsKey(model))
            {
                reader.Error(item, $"Estimator entry names model '{model}', which 'models' does not define.", NameSuggester.Fix(model, [.. declared.Keys], "Models"));
            }
            else if (models.Contains(model, StringComparer.Ordinal))
            {
                reader.Error(item, $"Model '{model}' is listed twice.", "List each model once.");
            }
            else
            {
                models.Add(model);
            }
        }

        return models.AsReadOnly();
    }

    /// <summary>The unit of value: <c>row</c> unless the entry names an id column, which the estimator must support.</summary>
    private static string? ReadUnit(MappingView entry, EstimatorDescriptor? descriptor, NodeReader reader)
    {
        var node = entry.Optional("unit");
        if (node is null)
        {
            return UnitPartition.RowUnit;
        }

        var unit = reader.Text(node, entry.Child("unit"));
        if (unit is null || descriptor is null)
        {
            return unit;
        }

        var needed = unit == UnitPartition.RowUnit ? ValueUnits.Rows : ValueUnits.Groups;
        if (!descriptor.Units.HasFlag(needed))
        {
            reader.Error(
                node,
                unit == UnitPartition.RowUnit ? $"Estimator plugin '{descriptor.Id}' cannot value single rows." : $"Estimator plugin '{descriptor.Id}' values single rows only, not groups such as '{unit}'.",
                unit == UnitPartition.RowUnit ? "Give a group column, e.g. 'unit: session'." : "Remove 'unit' (rows), or use an estimator that values groups, e.g. tmc-shapley or leave-one-out.");
            return null;
        }

        return unit;
    }

    private static EstimationBudget ReadBudget(MappingView entry, NodeReader reader)
    {
        var node = entry.Optional("budget");
        var budget = node is null ? null : reader.Mapping(node, entry.Child("budget"), BudgetKeys, "budget: { seconds: 60, utility-evaluations: 50000 }");
        if (budget is null)
        {
            return EstimationBudget.Unlimited;
        }

        double? seconds = null;
        if (budget.Optional("seconds") is { } secondsNode && reader.Number(secondsNode, budget.Child("seconds")) is { } s)
        {
            if (s > 0)
            {
                seconds = s;
            }
            else
            {
                reader.Error(secondsNode, $"'{budget.Child("seconds")}' must be above 0, not {s.ToString(CultureInfo.InvariantCulture)}.", "Write the wall-clock limit in seconds, e.g. 60, or remove it for no limit.");
            }
        }

        long? evaluations = null;
        if (budget.Optional("utility-evaluations") is { } evaluationsNode && reader.Int64(evaluationsNode, budget.Child("utility-evaluations")) is { } n)
        {
            if (n >= 1)
            {
                evaluations = n;
            }
            else
            {
                reader.Error(evaluationsNode, $"'{budget.Child("utility-evaluations")}' must be at least 1, not {n.ToString(CultureInfo.InvariantCulture)}.", "Write the most utility evaluations allowed, e.g. 50000, or remove it for no limit.");
            }
        }

        return new EstimationBudget(seconds, evaluations);
    }
}
