using SampleImportance.Abstractions;
using SampleImportance.Evaluation.Tasks;
using SampleImportance.Evaluation.Tests.Support;

namespace SampleImportance.Evaluation.Tests.Tasks.ExactAgreement;

public sealed class ExactAgreementTaskTests
{
    // A weighted majority game with an interaction term: not additive, so Shapley and Banzhaf differ.
    private static readonly double[] Weights = [4, 3, 2, 1, 1];

    private static double Game(int mask)
    {
        var weight = Enumerable.Range(0, Weights.Length).Where(i => (mask & (1 << i)) != 0).Sum(i => Weights[i]);
        return (weight >= 6 ? 1 : 0) + (0.1 * System.Numerics.BitOperations.PopCount((uint)mask)) + ((mask & 0b11) == 0b11 ? 0.5 : 0);
    }

    [Fact]
    public void Exact_shapley_values_match_the_average_over_every_permutation()
    {
        var game = Enumerable.Range(0, 1 << Weights.Length).Select(Game).ToArray();

        var exact = ExactSemivalues.Values(game, banzhaf: false);

        Assert.Equal(PermutationShapley(Weights.Length), exact, new Tolerance(1e-12));
        Assert.Equal(game[^1] - game[0], exact.Sum(), 12); // efficiency
    }

    [Fact]
    public void Exact_banzhaf_values_are_the_mean_marginal_contribution()
    {
        var n = Weights.Length;
        var game = Enumerable.Range(0, 1 << n).Select(Game).ToArray();

        var exact = ExactSemivalues.Values(game, banzhaf: true);

        for (var i = 0; i < n; i++)
        {
            var player = 1 << i;
            var mean = Enumerable.Range(0, 1 << n).Where(m => (m & player) == 0).Average(m => game[m | player] - game[m]);
            Assert.Equal(mean, exact[i], 12);
        }
    }

    [Theory]
    [InlineData("shapley")]
    [InlineData("banzhaf")]
    public void An_estimator_that_returns_the_exact_values_agrees_perfectly_at_every_budget(string semivalue)
    {
        var exact = ExactSemivalues.Values(Enumerable.Range(0, 1 << Weights.Length).Select(Game).ToArray(), semivalue == "banzhaf");
        var budgets = new List<long?>();

        var outcome = TaskRun.Evaluate("exact-agreement", Input(exact, rerun =>
        {
            budgets.Add(rerun.MaxUtilityEvaluations);
            return exact;
        }), ("semivalue", semivalue), ("budgets", "200,50"));

        Assert.Equal(1.0, outcome.Metrics["exact-agreement.spearman"], 12);
        Assert.Equal(0.0, outcome.Metrics["exact-agreement.max-error"], 12);
        Assert.Equal(1.0, outcome.Metrics["exact-agreement.spearman@50"], 12);
        Assert.Equal(0.0, outcome.Metrics["exact-agreement.max-error@200"], 12);
        Assert.Equal([50L, 200L], budgets);
    }

    [Fact]
    public void Errors_are_measured_against_the_exact_values_per_budget()
    {
        var exact = ExactSemivalues.Values(Enumerable.Range(0, 1 << Weights.Length).Select(Game).ToArray(), banzhaf: false);
        var off = exact.Select((v, i) => i == 2 ? v + 0.25 : v).ToArray();

        var outcome = TaskRun.Evaluate("exact-agreement", Input(off, rerun => rerun.MaxUtilityEvaluations == 50
            ? throw new UtilityBudgetExceededException("spent")
            : exact), ("budgets", "50,1000"));

        Assert.Equal(0.25, outcome.Metrics["exact-agreement.max-error"], 12);
        Assert.Equal(0.0, outcome.Metrics["exact-agreement.max-error@1000"], 12);
        Assert.True(double.IsNaN(outcome.Metrics["exact-agreement.spearman@50"])); // overran its budget: no point
    }

    [Fact]
    public void A_game_beyond_twelve_units_is_not_enumerated()
    {
        var game = new SubsetGame(13, _ => throw new InvalidOperationException("Not to be evaluated."));
        var train = new SampleSet(new float[13], 1, new double[13]);
        var input = TaskRun.Input(new double[13], UnitPartition.Rows(13), train) with
        {
            Utility = game,
            Reestimate = (_, _) => throw new InvalidOperationException("Not to be rerun."),
        };

        var outcome = TaskRun.Evaluate("exact-agreement", input);

        Assert.All(outcome.Metrics.Values, v => Assert.True(double.IsNaN(v)));
        Assert.Equal(8, outcome.Metrics.Count);
    }

    [Fact]
    public void Per_budget_metrics_follow_the_budgets_listed_and_repeats_are_reported()
    {
        Assert.True(TaskCatalog.CreateDefault().TryGet("exact-agreement", out var task));

        var metrics = task.Metrics(new PluginParameters([KeyValuePair.Create("budgets", "10")]));
        var problems = task.Check(new PluginParameters([KeyValuePair.Create("budgets", "10,0,10,x")]));

        Assert.Equal(["exact-agreement.spearman", "exact-agreement.max-error", "exact-agreement.spearman@10", "exact-agreement.max-error@10"], metrics.Select(m => m.Name));
        Assert.Equal([1, 2, 3], problems.Select(p => p.Item!.Value));
    }

    private static TaskInput Input(IReadOnlyList<double> values, Func<EstimatorRerun, IReadOnlyList<double>> rerun)
    {
        var n = Weights.Length;
        var train = new SampleSet(new float[n], 1, new double[n]);
        return TaskRun.Input(values, UnitPartition.Rows(n), train) with
        {
            Utility = new SubsetGame(n, Game),
            Reestimate = (request, _) => new RerunResult(rerun(request), request.MaxUtilityEvaluations ?? 0),
        };
    }

    private static double[] PermutationShapley(int n)
    {
        var phi = new double[n];
        var count = 0;
        foreach (var order in Permutations(Enumerable.Range(0, n).ToArray()))
        {
            var mask = 0;
            foreach (var player in order)
            {
                phi[player] += Game(mask | (1 << player)) - Game(mask);
                mask |= 1 << player;
            }

            count++;
        }

        return phi.Select(v => v / count).ToArray();
    }

    private static IEnumerable<int[]> Permutations(int[] items) => items.Length <= 1
        ? [items]
        : items.SelectMany(first => Permutations(items.Where(x => x != first).ToArray()).Select(rest => (int[])[first, .. rest]));

    private sealed class Tolerance(double epsilon) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(double obj) => 0;
    }
}
