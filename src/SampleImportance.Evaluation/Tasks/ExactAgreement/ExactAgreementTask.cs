using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// <c>exact-agreement</c>: on games small enough to enumerate (at most <see cref="ExactSemivalues.MaxPlayers"/> units),
/// how close the values come to the exact Shapley (or Banzhaf) values of the very game the estimator estimated: the
/// cell's utility (its model and metric on the validation split, over the same units) is evaluated on all 2^n subsets,
/// sharing the run's cache and not counted as the cell's cost. The headline figures judge the cell's own values; the
/// curve reruns the estimator (its own seed) under each utility-evaluation budget in <c>budgets</c> and records the same
/// figures per budget as <c>exact-agreement.spearman@B</c> and <c>exact-agreement.max-error@B</c>. A budget the
/// estimator overruns instead of stopping at records nothing. With more units than the limit every figure is undefined
/// and nothing is recorded (taking a subset of units would change the game, so its values would not compare).
/// </summary>
internal sealed class ExactAgreementTask : IEvaluationTask
{
    public const string Name = "exact-agreement";
    public const string SpearmanMetric = Name + ".spearman";
    public const string MaxError = Name + ".max-error";
    public const string SemivalueName = "semivalue";
    public const string BudgetsName = "budgets";
    public const string Shapley = "shapley";
    public const string Banzhaf = "banzhaf";

    private static readonly IReadOnlyList<TaskParameter> Parameters =
    [
        new(new ParameterDescriptor(SemivalueName, ParameterKind.Text, Shapley, "The exact values compared against: shapley (default) or banzhaf.", AllowedValues: [Shapley, Banzhaf])),
        new(new ParameterDescriptor(BudgetsName, ParameterKind.Integer, "50,200,1000", "Utility-evaluation budgets the estimator is rerun under, each a positive integer listed once (default 50, 200, 1000).", Minimum: 1), IsList: true),
    ];

    public TaskDescriptor Describe() => new(
        Name,
        "Enumerates the utility on every subset of a small game and compares the values with the exact Shapley or Banzhaf values, also per rerun budget.",
        Parameters,
        Metrics(PluginParameters.Empty.WithDefaults(Parameters.Select(p => p.Descriptor))),
        TaskNeeds.Reestimation | TaskNeeds.CellUtility);

    /// <summary>The two headline figures, then both per budget: the per-budget names follow the <c>budgets</c> listed.</summary>
    public IReadOnlyList<ResultMetric> Metrics(PluginParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var metrics = new List<ResultMetric>
        {
            new(SpearmanMetric, MetricDirection.HigherIsBetter, ResultMetricRole.Headline, "Spearman correlation between the values and the exact semivalues of the game (n ≤ 12).", "exact ρ"),
            new(MaxError, MetricDirection.LowerIsBetter, ResultMetricRole.Quality, "Largest absolute difference between a value and its exact semivalue (n ≤ 12)."),
        };
        foreach (var budget in Budgets(parameters))
        {
            metrics.Add(new(AtBudget(SpearmanMetric, budget), MetricDirection.HigherIsBetter, ResultMetricRole.Quality, $"Spearman against the exact semivalues, rerun under {budget} utility evaluations."));
            metrics.Add(new(AtBudget(MaxError, budget), MetricDirection.LowerIsBetter, ResultMetricRole.Quality, $"Max error against the exact semivalues, rerun under {budget} utility evaluations."));
        }

        return metrics;
    }

    public IReadOnlyList<TaskProblem> Check(PluginParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = new List<TaskProblem>();
        var seen = new HashSet<long>();
        var written = TaskParameter.SplitList(parameters.GetString(BudgetsName, string.Empty));
        for (var i = 0; i < written.Count; i++)
        {
            if (!long.TryParse(written[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var budget) || budget < 1)
            {
                problems.Add(new TaskProblem(BudgetsName, i, $"Budget {written[i]} must be a positive whole number of utility evaluations.", "Write e.g. budgets: [50, 200, 1000]."));
            }
            else if (!seen.Add(budget))
            {
                problems.Add(new TaskProblem(BudgetsName, i, $"Budget {budget} is listed twice.", "List each budget once."));
            }
        }

        return problems;
    }

    public TaskOutcome Evaluate(TaskInput input, PluginParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var utility = input.Utility ?? throw new ArgumentException("Exact agreement needs the cell's utility.", nameof(input));
        var rerun = input.Reestimate ?? throw new ArgumentException("Exact agreement needs a way to rerun the estimator.", nameof(input));
        var budgets = Budgets(parameters);
        var results = new Dictionary<string, double>(StringComparer.Ordinal);
        if (utility.PlayerCount > ExactSemivalues.MaxPlayers || utility.PlayerCount != input.Values.Count)
        {
            foreach (var metric in Metrics(parameters))
            {
                results[metric.Name] = double.NaN;
            }

            return new TaskOutcome(results);
        }

        var exact = ExactSemivalues.Values(ExactSemivalues.Enumerate(utility, cancellationToken), parameters.GetString(SemivalueName, Shapley) == Banzhaf);
        (results[SpearmanMetric], results[MaxError]) = Agreement(input.Values, exact);
        foreach (var budget in budgets)
        {
            IReadOnlyList<double>? values;
            try
            {
                values = rerun(new EstimatorRerun(0, budget), cancellationToken).Values;
            }
            catch (UtilityBudgetExceededException)
            {
                // The estimator does not stop at this budget by itself: no point on the curve.
                values = null;
            }

            (results[AtBudget(SpearmanMetric, budget)], results[AtBudget(MaxError, budget)]) = values is null ? (double.NaN, double.NaN) : Agreement(values, exact);
        }

        return new TaskOutcome(results);
    }

    /// <summary>Spearman (average ranks for ties) and max absolute error of <paramref name="values"/> against <paramref name="exact"/>.</summary>
    internal static (double Spearman, double MaxError) Agreement(IReadOnlyList<double> values, IReadOnlyList<double> exact)
    {
        var error = values.Zip(exact, (v, e) => Math.Abs(v - e)).DefaultIfEmpty(double.NaN).Max();
        return (Spearman.Correlation(values.ToArray(), exact.ToArray()), error);
    }

    private static string AtBudget(string metric, long budget) => metric + "@" + budget.ToString(CultureInfo.InvariantCulture);

    private static long[] Budgets(PluginParameters parameters) =>
        TaskParameter.SplitList(parameters.GetString(BudgetsName, string.Empty))
            .Select(text => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var b) ? b : 0)
            .Where(b => b > 0)
            .Distinct()
            .Order()
            .ToArray();
}
