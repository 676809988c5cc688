using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Evaluation.Tests.Support;

namespace SampleImportance.Evaluation.Tests.Tasks.RankStability;

public sealed class RankStabilityTaskTests
{
    private static readonly SampleSet Ten = new(Enumerable.Range(0, 10).Select(i => (float)i).ToArray(), 1, new double[10]);

    [Fact]
    public void A_deterministic_estimator_scores_one_on_both()
    {
        double[] values = [3, 1, 4, 1.5, 5, 9, 2, 6, 5.5, 3.5];
        var reruns = new List<EstimatorRerun>();

        var outcome = TaskRun.Evaluate("rank-stability", Input(values, rerun =>
        {
            reruns.Add(rerun);
            return values;
        }));

        Assert.Equal(1.0, outcome.Metrics["rank-stability.spearman"], 12);
        Assert.Equal(1.0, outcome.Metrics["rank-stability.jaccard"], 12);
        Assert.Equal([new EstimatorRerun(1), new EstimatorRerun(2)], reruns); // repeats 3: the cell's own and two other seeds
    }

    [Fact]
    public void Reversed_rankings_score_minus_one_and_disjoint_tops_zero()
    {
        var values = Enumerable.Range(0, 10).Select(i => (double)i).ToArray();

        var outcome = TaskRun.Evaluate("rank-stability", Input(values, _ => values.Select(v => -v).ToArray()), ("repeats", "2"), ("top-k", "0.3"));

        Assert.Equal(-1.0, outcome.Metrics["rank-stability.spearman"], 12);
        Assert.Equal(0.0, outcome.Metrics["rank-stability.jaccard"], 12);
    }

    [Fact]
    public void Jaccard_counts_the_overlap_of_the_top_units()
    {
        // Tops of 4: {6, 7, 8, 9} and {4, 5, 8, 9}: overlap 2 of 6.
        double[] first = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        double[] second = [0, 1, 2, 3, 7, 8, 5, 4, 9, 10];
        var units = UnitPartition.Rows(10);

        var (_, jaccard) = RankStabilityTask.Compare([first, second], units, Ten, 0.4);

        Assert.Equal(2.0 / 6, jaccard, 12);
    }

    [Fact]
    public void Without_a_way_to_rerun_the_task_measures_nothing()
    {
        Assert.True(TaskCatalog.CreateDefault().TryGet("rank-stability", out var task));
        var input = new TaskInput(new double[10], UnitPartition.Rows(10), Ten, Ten, null, () => new ShareOfOnesModel(), new SampleImportance.Tests.Shared.MeanPredictionMetric());

        var outcome = new ConfiguredTask(task, task.Describe().Defaults).Evaluate(input, CancellationToken.None);

        Assert.Empty(outcome.Metrics);
    }

    private static TaskInput Input(IReadOnlyList<double> values, Func<EstimatorRerun, IReadOnlyList<double>> rerun) =>
        TaskRun.Input(values, UnitPartition.Rows(values.Count), Ten) with
        {
            Reestimate = (request, _) => new RerunResult(rerun(request), 0),
        };
}
