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
    public const string FractionsName = CurveParameters.FractionsName;
    public const string OrderName = "order";
    public const string MetricName = CurveParameters.MetricName;
    public const string CellUtility = CurveParameters.CellUtility;
    public const string LowestFirst = "lowest-first";
    public const string HighestFirst = "highest-first";

    /// <summary>The options as written in parameters; fractions that do not parse are left out (<see cref="RemovalTask.Check"/> reports them).</summary>
    public static RemovalOptions Bind(PluginParameters parameters)
    {
        var fractions = CurveParameters.Fractions(parameters);
        var order = parameters.GetString(OrderName, LowestFirst) == HighestFirst ? RemovalOrder.HighestFirst : RemovalOrder.LowestFirst;
        return new RemovalOptions(fractions, order, parameters.GetString(MetricName, CellUtility), parameters.GetString(AmongName, AmongAll) == AmongCandidatesValue);
    }
}
