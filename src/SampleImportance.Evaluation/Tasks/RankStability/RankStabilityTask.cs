using SampleImportance.Abstractions;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>
/// <c>rank-stability</c>: how much an estimator's ranking depends on its own seed, the data held fixed. The cell's values
/// and those of <c>repeats</c> − 1 reruns with other estimator seeds (same data, model, utility and budget) are compared
/// pairwise: the mean Spearman correlation (average ranks for ties) and the mean Jaccard overlap of the top
/// ⌊<c>top-k</c>·n⌋ units (at least one; ties by the units' content, as in removal). A deterministic estimator scores 1
/// on both. Pairs whose Spearman is undefined (constant values) are left out of the mean.
/// </summary>
internal sealed class RankStabilityTask : IEvaluationTask
{
    public const string Name = "rank-stability";
    public const string SpearmanMetric = Name + ".spearman";
    public const string Jaccard = Name + ".jaccard";
    public const string RepeatsName = "repeats";
    public const string TopKName = "top-k";

    private static readonly IReadOnlyList<TaskParameter> Parameters =
    [
        new(new ParameterDescriptor(RepeatsName, ParameterKind.Integer, "3", "Value vectors compared, the cell's own included: repeats − 1 reruns with other seeds (default 3).", Minimum: 2, Maximum: 100)),
        new(new ParameterDescriptor(TopKName, ParameterKind.Number, "0.1", "Share of units, highest-valued first, whose overlap the Jaccard index measures, in (0, 1] (default 0.1).", Minimum: 0, Maximum: 1)),
    ];

    private static readonly IReadOnlyList<ResultMetric> Produced =
    [
        new(SpearmanMetric, MetricDirection.HigherIsBetter, ResultMetricRole.Quality, "Mean pairwise Spearman correlation between the values of runs with different estimator seeds (1 = the seed changes no rank).", "rank ρ"),
        new(Jaccard, MetricDirection.HigherIsBetter, ResultMetricRole.Quality, "Mean pairwise Jaccard overlap of the top-k units across estimator seeds (1 = the same top units every run)."),
    ];

    public TaskDescriptor Describe() => new(
        Name,
        "Reruns the estimator with other seeds on the same data and compares the rankings (Spearman, top-k Jaccard).",
        Parameters,
        Produced,
        TaskNeeds.Reestimation);

    public IReadOnlyList<ResultMetric> Metrics(PluginParameters parameters) => Produced;

    public IReadOnlyList<TaskProblem> Check(PluginParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var topK = parameters.GetDouble(TopKName, 0.1);
        return topK > 0 ? [] : [new TaskProblem(TopKName, null, $"The top-k share must be above 0, not {topK}.", "Write e.g. top-k: 0.1.")];
    }

    public TaskOutcome Evaluate(TaskInput input, PluginParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var rerun = input.Reestimate ?? throw new ArgumentException("Rank stability needs a way to rerun the estimator.", nameof(input));
        var runs = new List<IReadOnlyList<double>> { input.Values };
        for (var k = 1; k < parameters.GetInt32(RepeatsName, 3); k++)
        {
            runs.Add(rerun(new EstimatorRerun(k), cancellationToken).Values);
        }

        var (spearman, jaccard) = Compare(runs, input.Units, input.Train, parameters.GetDouble(TopKName, 0.1));
        return new TaskOutcome(new Dictionary<string, double>(StringComparer.Ordinal) { [SpearmanMetric] = spearman, [Jaccard] = jaccard });
    }

    /// <summary>Mean pairwise Spearman (defined pairs only) and top-k Jaccard of the runs' values.</summary>
    internal static (double Spearman, double Jaccard) Compare(IReadOnlyList<IReadOnlyList<double>> runs, UnitPartition units, SampleSet train, double topK)
    {
        var n = units.Count;
        var k = Math.Clamp((int)Math.Floor((topK * n) + 1e-9), 1, Math.Max(1, n));
        var tie = UnitContentHash.Of(units, train);
        var tops = runs.Select(v => ValueCurve.Ranked(v, tie, highestFirst: true).Take(k).ToHashSet()).ToList();
        var arrays = runs.Select(v => v.ToArray()).ToList();
        double spearman = 0, jaccard = 0;
        int defined = 0, pairs = 0;
        for (var a = 0; a < runs.Count; a++)
        {
            for (var b = a + 1; b < runs.Count; b++)
            {
                var rho = Spearman.Correlation(arrays[a], arrays[b]);
                if (!double.IsNaN(rho))
                {
                    spearman += rho;
                    defined++;
                }

                jaccard += tops[a].Intersect(tops[b]).Count() / (double)tops[a].Union(tops[b]).Count();
                pairs++;
            }
        }

        return (defined == 0 ? double.NaN : spearman / defined, pairs == 0 ? double.NaN : jaccard / pairs);
    }
}
