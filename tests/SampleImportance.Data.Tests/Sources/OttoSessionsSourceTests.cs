using SampleImportance.Abstractions;
using SampleImportance.Data.Tests.Support;

namespace SampleImportance.Data.Tests.Sources;

public sealed class OttoSessionsSourceTests : IDisposable
{
    private readonly TempCsvDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Sample => SharedDatasets.File("otto-sessions-sample", "train.jsonl");

    [Fact]
    public void One_row_per_session_and_clicked_item_labelled_ordered()
    {
        var rows = SourceLoading.Load("otto-sessions", Sample).Rows;

        // 525 distinct (session, clicked aid) pairs in the 20 sessions; 10 of them were ordered (counted independently).
        Assert.Equal(525, rows.Count);
        Assert.Equal(10, rows.Labels.ToArray().Count(l => l == 1));
        Assert.Equal(20, rows.Column("session").ToArray().Distinct().Count());
        Assert.Equal(1517085, rows.Column("item")[0]);
        Assert.Equal(0, rows.Column("session")[0]);
    }

    [Fact]
    public void Carts_or_orders_counts_either_as_positive()
    {
        var path = _dir.Write("s.jsonl", """
            {"session": 5, "events": [{"aid": 1, "ts": 0, "type": "clicks"}, {"aid": 2, "ts": 60000, "type": "clicks"}, {"aid": 1, "ts": 120000, "type": "clicks"}, {"aid": 2, "ts": 130000, "type": "carts"}, {"aid": 3, "ts": 140000, "type": "orders"}]}
            """);

        var orders = SourceLoading.Load("otto-sessions", path).Rows;
        var carts = SourceLoading.Load("otto-sessions", path, parameters: ("target", "carts-or-orders")).Rows;

        Assert.Equal([1, 2], orders.Column("item").ToArray());
        Assert.Equal([0.0, 0.0], orders.Labels.ToArray());
        Assert.Equal([0.0, 1.0], carts.Labels.ToArray());

        // aid 1: 2 clicks, first at position 0 of 3, no click after its last; the session spans 140000 ms.
        Assert.Equal([2f, 0f, 0f, (float)double.LogP1(3), (float)double.LogP1(140_000 / 60_000.0), (float)double.LogP1(2), 0f], orders.Row(0).ToArray());
    }

    [Fact]
    public void Item_popularity_counts_clicks_in_other_training_sessions_only()
    {
        var path = _dir.Write("s.jsonl", """
            {"session": 1, "events": [{"aid": 7, "ts": 0, "type": "clicks"}, {"aid": 7, "ts": 1, "type": "clicks"}]}
            {"session": 2, "events": [{"aid": 7, "ts": 0, "type": "clicks"}]}
            {"session": 3, "events": [{"aid": 7, "ts": 0, "type": "clicks"}, {"aid": 8, "ts": 1, "type": "clicks"}]}
            """);
        var source = SourceLoading.Load("otto-sessions", path);
        var rows = source.Rows;
        var popularity = rows.FeatureNames.ToList().IndexOf("item-popularity");

        // Train on sessions 1 and 2; session 3 is held out.
        var train = rows.Select([0, 1]);
        var apply = source.FitOnTrain!(train);

        Assert.Equal((float)double.LogP1(1), apply(train).Row(0)[popularity]); // session 1 sees session 2's click
        Assert.Equal((float)double.LogP1(2), apply(train).Row(1)[popularity]); // session 2 sees session 1's two
        Assert.Equal((float)double.LogP1(3), apply(rows.Select([2])).Row(0)[popularity]); // held out: every training click
        Assert.Equal(0f, apply(rows.Select([3])).Row(0)[popularity]); // item 8: never clicked in training
    }

    [Theory]
    [InlineData("{\"session\": 1, \"events\": [{\"aid\": 1, \"ts\": 0, \"type\": \"views\"}]}", "'views'")]
    [InlineData("{\"session\": 1, \"events\": [{\"aid\": 1, \"ts\": 0}]}", "Not an OTTO session record")]
    [InlineData("{\"session\": 1, \"events\": [", "Not an OTTO session record")]
    public void A_bad_line_is_refused_with_its_line_number(string bad, string message)
    {
        var path = _dir.Write("s.jsonl", "{\"session\": 0, \"events\": [{\"aid\": 1, \"ts\": 0, \"type\": \"clicks\"}]}\n\n" + bad + "\n");

        var error = Assert.Single(SourceLoading.Refused("otto-sessions", path).Errors);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((path, 3), (error.Location.File, error.Location.Line));
    }

    [Fact]
    public void Splitting_keeps_each_session_in_one_split()
    {
        var request = new DatasetRequest("otto", "otto-sessions", PluginParameters.Empty) { Path = Sample };

        var split = DatasetLoader.Load(request, 2);

        var train = split.Train.Column("session").ToArray().ToHashSet();
        Assert.DoesNotContain(split.Validation.Column("session").ToArray(), train.Contains);
        Assert.DoesNotContain(split.Test.Column("session").ToArray(), train.Contains);
    }
}
