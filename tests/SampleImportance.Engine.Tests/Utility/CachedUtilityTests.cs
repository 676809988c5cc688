using SampleImportance.Abstractions;
using SampleImportance.Engine.Utility;

namespace SampleImportance.Engine.Tests.Utility;

public sealed class CachedUtilityTests
{
    private static readonly SampleSet Train = new([0, 1, 2, 3, 4, 5], 1, [0, 1, 0, 1, 1, 1]);
    private static readonly SampleSet Validation = new([0, 1, 2], 1, [1, 1, 0]);

    private static CachedUtility Create(UtilityCache cache, CountingModel.Counter counter, long? budget = null, CancellationToken token = default) =>
        new(Train, Validation, () => new CountingModel(counter), "accuracy", cache, "ctx", budget, token);

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
        new CachedUtility(Train, Validation, () => new CountingModel(counter), "accuracy", cache, "other", null, default).Evaluate([0]);
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

        public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
        {
            counter.Fits++;
            counter.LastRows = rows.ToArray();
            double sum = 0;
            foreach (var r in rows)
            {
                sum += data.Labels[r];
            }

            _mean = rows.IsEmpty ? 0 : sum / rows.Length;
        }

        public void Predict(SampleSet data, Span<double> scores) => scores.Fill(_mean);

        public double Score(SampleSet data, string metric) => _mean;

        public sealed class Counter
        {
            public int Fits { get; set; }

            public int[] LastRows { get; set; } = [];
        }
    }
}
