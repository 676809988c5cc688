using SampleImportance.Abstractions;
using SampleImportance.Engine.Tests.Support;
using SampleImportance.Engine.Utility;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Engine.Tests.Utility;

public sealed class CachedUtilityTests
{
    // Sessions 30, 10, 20, 10, 30, 20 → units (ascending id) 10 = {1, 3}, 20 = {2, 5}, 30 = {0, 4}.
    private static readonly int[] Sessions = [30, 10, 20, 10, 30, 20];
    private static readonly SampleSet Train = new([0, 1, 2, 3, 4, 5], 1, [0, 1, 0, 1, 1, 1], columns: new Dictionary<string, int[]> { ["session"] = Sessions });
    private static readonly SampleSet Validation = new([0, 1, 2], 1, [1, 1, 0]);

    private static CachedUtility Create(
        UtilityCache cache,
        CountingModel.Counter counter,
        long? budget = null,
        CancellationToken token = default,
        UnitPartition? units = null,
        IMetric? metric = null,
        string context = "ctx") =>
        new(Train, Validation, units ?? UnitPartition.Rows(Train.Count), () => new CountingModel(counter), metric ?? new MeanPredictionMetric(), cache, context, budget, token);

    [Fact]
    public void The_same_subset_in_any_order_is_fitted_once()
    {
        var counter = new CountingModel.Counter();
        var utility = Create(new UtilityCache(), counter);
        var first = utility.Evaluate([3, 1, 1]);
        var second = utility.Evaluate([1, 3]);
        Assert.Equal(first, second);
        Assert.Equal(1, counter.Fits);
        Assert.Equal(2, utility.Evaluations);
        Assert.Equal([1, 3], counter.LastRows);
    }

    [Fact]
    public void Utilities_sharing_a_cache_share_fits_but_count_their_own_evaluations()
    {
        var cache = new UtilityCache();
        var counter = new CountingModel.Counter();
        var a = Create(cache, counter);
        var b = Create(cache, counter);
        a.Evaluate([0, 2]);
        b.Evaluate([2, 0]);
        Assert.Equal(1, counter.Fits);
        Assert.Equal(1, a.Evaluations);
        Assert.Equal(1, b.Evaluations);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(1, cache.Misses);
    }

    [Fact]
    public void Different_contexts_never_share_values()
    {
        var cache = new UtilityCache();
        var counter = new CountingModel.Counter();
        Create(cache, counter).Evaluate([0]);
        Create(cache, counter, context: "other").Evaluate([0]);
        Assert.Equal(2, counter.Fits);
    }

    [Fact]
    public void The_evaluation_budget_throws_past_its_limit()
    {
        var utility = Create(new UtilityCache(), new CountingModel.Counter(), budget: 2);
        utility.Evaluate([0]);
        utility.Evaluate([1]);
        Assert.Throws<UtilityBudgetExceededException>(() => utility.Evaluate([2]));
        Assert.Equal(2, utility.Evaluations);
    }

    [Fact]
    public void A_cancelled_token_stops_evaluation()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var utility = Create(new UtilityCache(), new CountingModel.Counter(), token: source.Token);
        Assert.ThrowsAny<OperationCanceledException>(() => utility.Evaluate([0]));
    }

    [Fact]
    public void Rows_outside_the_training_set_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Create(new UtilityCache(), new CountingModel.Counter()).Evaluate([6]));

    [Fact]
    public void A_group_subset_fits_on_the_union_of_its_groups_rows()
    {
        var counter = new CountingModel.Counter();
        var units = UnitPartition.ByColumn("session", Sessions);
        var utility = Create(new UtilityCache(), counter, units: units);

        // Units 0 (session 10) and 2 (session 30): rows {1, 3} ∪ {0, 4}, fitted in ascending order.
        var value = utility.Evaluate([2, 0]);

        Assert.Equal(3, utility.PlayerCount);
        Assert.Equal([0, 1, 3, 4], counter.LastRows);
        Assert.Equal(3.0 / 4, value, 12); // labels 0, 1, 1, 1

        // The same value as a row utility over exactly those rows.
        Assert.Equal(value, Create(new UtilityCache(), new CountingModel.Counter()).Evaluate([0, 1, 3, 4]));
    }

    [Fact]
    public void Group_evaluations_count_every_request_cache_hits_included()
    {
        var counter = new CountingModel.Counter();
        var utility = Create(new UtilityCache(), counter, units: UnitPartition.ByColumn("session", Sessions));

        utility.Evaluate([1]);
        utility.Evaluate([1]);
        utility.Evaluate([1, 1]);
        utility.Evaluate([0, 1]);

        Assert.Equal(4, utility.Evaluations);
        Assert.Equal(2, counter.Fits);
    }

    [Fact]
    public void Row_and_group_utilities_share_fits_of_the_same_rows()
    {
        var cache = new UtilityCache();
        var counter = new CountingModel.Counter();
        Create(cache, counter, units: UnitPartition.ByColumn("session", Sessions)).Evaluate([0]); // session 10 = rows {1, 3}
        Create(cache, counter).Evaluate([3, 1]);
        Assert.Equal(1, counter.Fits);
        Assert.Equal(1, cache.Hits);
    }

    [Fact]
    public void Units_outside_the_partition_are_refused()
    {
        var utility = Create(new UtilityCache(), new CountingModel.Counter(), units: UnitPartition.ByColumn("session", Sessions));
        Assert.Throws<ArgumentOutOfRangeException>(() => utility.Evaluate([3]));
        Assert.Equal(0, utility.Evaluations);
    }

    [Fact]
    public void A_lower_is_better_metric_is_negated_so_higher_utility_is_better()
    {
        var lower = Create(new UtilityCache(), new CountingModel.Counter(), metric: new MeanPredictionMetric(MetricDirection.LowerIsBetter));
        var higher = Create(new UtilityCache(), new CountingModel.Counter(), metric: new MeanPredictionMetric());

        Assert.Equal(-0.5, lower.Evaluate([0, 1]), 12);
        Assert.Equal(0.5, higher.Evaluate([0, 1]), 12);
        Assert.Equal(MetricDirection.LowerIsBetter, lower.Metric.Direction);
    }

    [Fact]
    public void Warm_started_evaluations_fit_the_start_once_count_as_evaluations_and_are_cached_apart_from_cold_ones()
    {
        var counter = new CountingModel.Counter();
        var utility = Create(new UtilityCache(), counter);
        int[] all = [0, 1, 2, 3, 4, 5];

        var cold = utility.Evaluate([1, 2, 3]);
        var warm = utility.EvaluateWarmStarted([1, 2, 3], all);
        utility.EvaluateWarmStarted([3, 2, 1], all);
        utility.EvaluateWarmStarted([0, 2], all);

        Assert.Equal(cold, warm);
        Assert.Equal(4, utility.Evaluations);

        // The cold fit, the start (once), then [1, 2, 3] and [0, 2] from it; the repeat is a cache hit.
        Assert.Equal(4, counter.Fits);
        Assert.Equal([null, null, all, all], counter.WarmStarts.Select(s => s?.Rows));
    }

    [Fact]
    public void A_chain_of_warm_starts_starts_each_subset_from_the_fit_just_made_without_refitting_it()
    {
        var counter = new CountingModel.Counter();
        var utility = Create(new UtilityCache(), counter);

        // A permutation walk: {4}, then {4, 1} from {4}, then {4, 1, 5} from {4, 1}.
        utility.Evaluate([4]);
        utility.EvaluateWarmStarted([4, 1], [4]);
        utility.EvaluateWarmStarted([4, 1, 5], [4, 1]);

        // A start that is not the latest fit is fitted on its own (uncounted), as before.
        utility.EvaluateWarmStarted([0, 2, 3], [0, 2]);

        Assert.Equal(4, utility.Evaluations);
        Assert.Equal(5, counter.Fits);
        Assert.Equal([null, [4], [1, 4], null, [0, 2]], counter.WarmStarts.Select(s => s?.Rows));
    }

    [Fact]
    public void The_data_fingerprint_depends_on_content_only()
    {
        var copy = new SampleSet([0, 1, 2, 3, 4, 5], 1, [0, 1, 0, 1, 1, 1]);
        var changed = new SampleSet([0, 1, 2, 3, 4, 5], 1, [1, 1, 0, 1, 1, 1]);
        Assert.Equal(DataFingerprint.Of(Train), DataFingerprint.Of(copy));
        Assert.NotEqual(DataFingerprint.Of(Train), DataFingerprint.Of(changed));
    }

    private sealed class CountingModel(CountingModel.Counter counter) : IModel
    {
        private double _mean;

        public int Outputs => 1;

        public int[] Rows { get; private set; } = [];

        public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
        {
            counter.Fits++;
            counter.LastRows = rows.ToArray();
            Rows = counter.LastRows;
            counter.WarmStarts.Add(warmStart as CountingModel);
            double sum = 0;
            foreach (var r in rows)
            {
                sum += data.Labels[r];
            }

            _mean = rows.IsEmpty ? 0 : sum / rows.Length;
        }

        public void Predict(SampleSet data, Span<double> predictions) => predictions.Fill(_mean);

        public sealed class Counter
        {
            public int Fits { get; set; }

            public int[] LastRows { get; set; } = [];

            /// <summary>The warm start each fit got, in order (null for a cold fit).</summary>
            public List<CountingModel?> WarmStarts { get; } = [];
        }
    }
}
