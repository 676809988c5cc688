using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>The removal task's options, bound from its effective parameters.</summary>
/// <param name="Fractions">Fractions of units to remove, ascending (the written order does not matter).</param>
/// <param name="Order">Which units go first.</param>
/// <param name="Metric">The test metric's name, or <see cref="CellUtility"/> for the cell's utility metric.</param>
/// <param name="AmongCandidates">Remove only among the corruption's candidates (e.g. clicks), fractions of those.</param>
internal sealed record RemovalOptions(IReadOnlyList<double> Fractions, RemovalOrder Order, string Metric, bool AmongCandidates)
{
    public const string AmongName = "among";
    public const string AmongAll = "all";
    public const string AmongCandidatesValue = "candidates";
    public const string FractionsName = "fractions";
    public const string OrderName = "order";
    public const string MetricName = "metric";
    public const string CellUtility = "utility";
    public const string LowestFirst = "lowest-first";
    public const string HighestFirst = "highest-first";

    /// <summary>The options as written in parameters; fractions that do not parse are left out (<see cref="RemovalTask.Check"/> reports them).</summary>
    public static RemovalOptions Bind(PluginParameters parameters)
    {
        var fractions = Written(parameters).Where(f => f.Value is { } v && v > 0 && v < 1).Select(f => f.Value!.Value).Distinct().Order().ToArray();
        var order = parameters.GetString(OrderName, LowestFirst) == HighestFirst ? RemovalOrder.HighestFirst : RemovalOrder.LowestFirst;
        return new RemovalOptions(fractions, order, parameters.GetString(MetricName, CellUtility), parameters.GetString(AmongName, AmongAll) == AmongCandidatesValue);
    }

    /// <summary>Each written fraction with its text, and its value (null when it does not parse).</summary>
    public static IReadOnlyList<(string Text, double? Value)> Written(PluginParameters parameters) =>
        TaskParameter.SplitList(parameters.GetString(FractionsName, string.Empty))
            .Select(text => (text, double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null))
            .ToList();
}
