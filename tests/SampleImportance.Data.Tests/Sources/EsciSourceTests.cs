using SampleImportance.Abstractions;
using SampleImportance.Data.Tests.Support;

namespace SampleImportance.Data.Tests.Sources;

public sealed class EsciSourceTests : IDisposable
{
    private readonly TempCsvDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Judgments => SharedDatasets.File("esci-judgments", "esci_us_judgments.json");

    [Fact]
    public void Judgments_become_graded_rows_grouped_by_query()
    {
        var rows = SourceLoading.Load("esci", Judgments).Rows;

        // Counts from SOURCE.txt: ratings 100:3389, 10:1898, 1:305, 0:1086 over 150 queries.
        Assert.Equal(6678, rows.Count);
        Assert.Equal([(0.0, 1086), (1.0, 305), (2.0, 1898), (3.0, 3389)], rows.Labels.ToArray().GroupBy(l => l).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.Equal(150, rows.Groups.ToArray().Distinct().Count());
        Assert.Equal(rows.Groups.ToArray(), rows.Column("query").ToArray());
    }

    [Fact]
    public void The_queries_parameter_keeps_a_seeded_subset()
    {
        var a = SourceLoading.Load("esci", Judgments, seed: 4, parameters: ("queries", "12")).Rows;
        var b = SourceLoading.Load("esci", Judgments, seed: 4, parameters: ("queries", "12")).Rows;

        Assert.Equal(12, a.Groups.ToArray().Distinct().Count());
        Assert.Equal(SampleSetBytes.Of(a), SampleSetBytes.Of(b));
    }

    [Fact]
    public void Product_grades_are_left_query_out_and_read_only_training_labels()
    {
        var path = _dir.Write("j.json", """
            {"judgmentRatings": [
              {"query": "red shoe", "ratings": [{"docId": "B01", "rating": "100.000"}, {"docId": "B02", "rating": "0.000"}]},
              {"query": "shoe 42", "ratings": [{"docId": "B01", "rating": "10.000"}]},
              {"query": "blue shoe", "ratings": [{"docId": "B01", "rating": "1.000"}]}
            ]}
            """);
        var source = SourceLoading.Load("esci", path);
        var rows = source.Rows;
        var names = rows.FeatureNames.ToList();
        int others = names.IndexOf("product-other-queries"), grade = names.IndexOf("product-other-grade");

        // Train on queries 0 and 1 (rows 0, 1, 2); query 2 (row 3) is held out.
        var train = rows.Select([0, 1, 2]);
        var apply = source.FitOnTrain!(train);
        var fitted = apply(train);
        var held = apply(rows.Select([3]));

        Assert.Equal([3.0, 0.0, 2.0, 1.0], rows.Labels.ToArray());
        Assert.Equal(((float)double.LogP1(1), 2f), (fitted.Row(0)[others], fitted.Row(0)[grade])); // B01 in query 0 sees query 1's S=2
        Assert.Equal(((float)double.LogP1(1), 3f), (fitted.Row(2)[others], fitted.Row(2)[grade])); // and the reverse
        Assert.Equal((0f, 5f / 3), (fitted.Row(1)[others], fitted.Row(1)[grade])); // B02: nowhere else, the training mean
        Assert.Equal(((float)double.LogP1(2), 2.5f), (held.Row(0)[others], held.Row(0)[grade])); // held out: both training grades, never its own
        Assert.Equal((2f, 0f), (rows.Row(1)[names.IndexOf("query-words")], rows.Row(1)[names.IndexOf("query-has-digit")])); // "red shoe"
        Assert.Equal(1f, rows.Row(2)[names.IndexOf("query-has-digit")]); // "shoe 42"
    }

    [Fact]
    public void An_unknown_rating_is_refused_naming_the_query_and_product()
    {
        var path = _dir.Write("j.json", """{"judgmentRatings": [{"query": "q", "ratings": [{"docId": "B01", "rating": "50"}]}]}""");

        var error = Assert.Single(SourceLoading.Refused("esci", path).Errors);

        Assert.Contains("judgmentRatings[0].ratings[0] (query 'q', product B01) has rating '50'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_refused_with_its_line()
    {
        var path = _dir.Write("j.json", "{\"judgmentRatings\": [\n  {\"query\": \"q\",\n   \"ratings\": [}\n]}");

        var error = Assert.Single(SourceLoading.Refused("esci", path).Errors);

        Assert.Equal(3, error.Location.Line);
    }

    [Fact]
    public void Splitting_keeps_each_query_in_one_split()
    {
        var split = DatasetLoader.Load(new DatasetRequest("esci", "esci", PluginParameters.Empty) { Path = Judgments }, 5);

        var train = split.Train.Groups.ToArray().ToHashSet();
        Assert.DoesNotContain(split.Test.Groups.ToArray(), train.Contains);
        Assert.DoesNotContain(split.Validation.Groups.ToArray(), train.Contains);
    }
}
