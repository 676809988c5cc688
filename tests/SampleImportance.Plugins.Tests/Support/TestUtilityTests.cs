using SampleImportance.Abstractions;
using SampleImportance.Tests.Shared;

namespace SampleImportance.Plugins.Tests.Support;

public class TestUtilityTests
{
    // Labels 1, 2, 4, 9 on one feature; the mean-score model predicts the mean label of the fitted rows.
    private static readonly SampleSet Data = new([0f, 1f, 2f, 3f], 1, [1.0, 2.0, 4.0, 9.0]);

    private static TestUtility Create(UnitPartition units, long? budget = null) =>
        new(Data, Data, units, () => Contexts.Model(new MeanScoreModelFactory()), Scoring.Metric("mse"), budget);

    [Fact]
    public void A_lower_is_better_metric_enters_negated()
    {
        var utility = Create(UnitPartition.Rows(Data.Count));

        // Fitted on rows 0 and 1 the model predicts 1.5: squared errors 0.25, 0.25, 6.25, 56.25.
        Assert.Equal(-(0.25 + 0.25 + 6.25 + 56.25) / 4, utility.Evaluate([1, 0, 1]), 12);
        Assert.Equal(MetricDirection.LowerIsBetter, utility.Metric.Direction);
    }

    [Fact]
    public void Subsets_of_group_units_fit_on_the_rows_of_those_groups()
    {
        var grouped = UnitPartition.ByColumn("session", [7, 3, 7, 3]);
        var utility = Create(grouped);

        // Unit 0 is session 3 (rows 1 and 3, mean 5.5); unit 1 is session 7 (rows 0 and 2, mean 2.5).
        Assert.Equal(2, utility.PlayerCount);
        Assert.Equal(-((4.5 * 4.5) + (3.5 * 3.5) + (1.5 * 1.5) + (3.5 * 3.5)) / 4, utility.Evaluate([0]), 12);
        Assert.Equal(-((1.5 * 1.5) + (0.5 * 0.5) + (1.5 * 1.5) + (6.5 * 6.5)) / 4, utility.Evaluate([1]), 12);
    }

    [Fact]
    public void The_call_past_the_budget_throws_and_is_not_counted()
    {
        var utility = Create(UnitPartition.Rows(Data.Count), budget: 2);

        utility.Evaluate([0]);
        utility.Evaluate([]);

        Assert.Throws<UtilityBudgetExceededException>(() => utility.Evaluate([1]));
        Assert.Equal(2, utility.Evaluations);
    }
}
