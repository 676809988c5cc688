using SampleImportance.Abstractions;
using SampleImportance.Data.Tests.Support;

namespace SampleImportance.Data.Tests.Sources;

public sealed class SvmlightSourceTests : IDisposable
{
    private readonly TempCsvDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Letor_mq2008_keeps_graded_labels_and_makes_the_qid_the_group_and_the_query_column()
    {
        var rows = SourceLoading.Load("svmlight", SharedDatasets.File("letor-mq2008", "vali.txt"), test: SharedDatasets.File("letor-mq2008", "test.txt"));

        // Counts from the dataset's SOURCE.txt.
        Assert.Equal(2707, rows.Rows.Count);
        Assert.Equal(46, rows.Rows.FeatureCount);
        Assert.Equal("f1", rows.Rows.FeatureNames[0]);
        Assert.Equal([(0.0, 2140), (1.0, 400), (2.0, 167)], rows.Rows.Labels.ToArray().GroupBy(l => l).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.Equal(157, rows.Rows.Groups.ToArray().Distinct().Count());
        Assert.Equal(rows.Rows.Groups.ToArray(), rows.SplitUnits);
        Assert.Equal(2874, rows.Test!.Count);
        Assert.Equal(156, rows.Test.Column("query").ToArray().Distinct().Count());

        // The first line of test.txt: 0 qid:18219 1:0.052893 2:1.000000 ...
        Assert.Equal(18219, rows.Test.Column("query")[0]);
        Assert.Equal((0.0, 0.052893f, 1f), (rows.Test.Labels[0], rows.Test.Row(0)[0], rows.Test.Row(0)[1]));
    }

    [Fact]
    public void Splitting_keeps_each_query_in_one_split()
    {
        var request = new DatasetRequest("letor", "svmlight", PluginParameters.Empty) { Path = SharedDatasets.File("letor-mq2008", "vali.txt") };

        var split = DatasetLoader.Load(request, 7);

        var train = split.Train.Column("query").ToArray().ToHashSet();
        Assert.DoesNotContain(split.Validation.Column("query").ToArray(), train.Contains);
        Assert.DoesNotContain(split.Test.Column("query").ToArray(), train.Contains);
        Assert.Equal(2707, split.Train.Count + split.Validation.Count + split.Test.Count);
        Assert.Contains(2.0, split.Train.Labels.ToArray());
    }

    [Fact]
    public void Absent_indices_are_zero_and_text_qids_are_numbered_in_order_of_appearance()
    {
        var path = _dir.Write("t.svm", "2 qid:a 3:1.5 # doc 1\n\n0 qid:b 1:-2\n1 qid:a 2:4 # trailing\n");

        var rows = SourceLoading.Load("svmlight", path).Rows;

        Assert.Equal(3, rows.FeatureCount);
        Assert.Equal([0f, 0f, 1.5f, -2f, 0f, 0f, 0f, 4f, 0f], rows.Features.ToArray());
        Assert.Equal([2.0, 0.0, 1.0], rows.Labels.ToArray());
        Assert.Equal([0, 1, 0], rows.Column("query").ToArray());
    }

    [Theory]
    [InlineData("1 qid:1 1:0.5\n1 qid:1 1:x\n", 2, 9, "'1:x' is not index:value")]
    [InlineData("1 qid:1 1:0.5\n0 qid:1 0:1\n", 2, 9, "'0:1' is not index:value")]
    [InlineData("1 qid:1 1:0.5\nhigh qid:1 1:1\n", 2, 1, "The label 'high'")]
    [InlineData("1 qid:1 1:0.5\n\n1 1:1\n", 3, 1, "no qid, but earlier lines do")]
    [InlineData("1 qid:1 2:0.5 2:1\n", 1, 15, "Feature 2 appears twice")]
    [InlineData("1 1:0.5 qid:3\n", 1, 9, "qid must come right after the label")]
    public void Bad_lines_are_refused_with_file_line_column_and_a_fix(string text, int line, int column, string message)
    {
        var path = _dir.Write("bad.txt", text);

        var error = Assert.Single(SourceLoading.Refused("svmlight", path).Errors);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((path, line, column), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }
}
