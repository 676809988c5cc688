using SampleImportance.Abstractions;
using SampleImportance.Data.Csv;
using SampleImportance.Data.Tests.Support;

namespace SampleImportance.Data.Tests.Sources;

/// <summary>The csv source's categorical, hash-buckets and missing parameters.</summary>
public sealed class CsvEncodingTests : IDisposable
{
    private readonly TempCsvDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("", 0x811c9dc5u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void Fnv1a_matches_the_published_test_vectors(string text, uint expected) =>
        Assert.Equal(expected, CategoryEncoder.Fnv1a(text));

    [Fact]
    public void Hashed_categoricals_become_one_indicator_per_bucket_in_every_file()
    {
        var train = _dir.Write("train.csv", "x,color,label\n1,red,1\n2,blue,0\n");
        var test = _dir.Write("test.csv", "x,color,label\n3,green,1\n");
        var request = Request(train, ("categorical", "color"), ("hash-buckets", "4")) with { ValidationPath = train, TestPath = test };

        var split = DatasetLoader.Load(request, 1);

        Assert.Equal(["x", "color#0", "color#1", "color#2", "color#3"], split.Train.FeatureNames);
        var green = (int)(CategoryEncoder.Fnv1a("green") % 4);
        Assert.Equal(1f, split.Test.Row(0)[1 + green]);
        Assert.Equal(3f + 1f, split.Test.Row(0).ToArray().Sum()); // x = 3 plus one indicator
        Assert.Equal(1f, split.Train.Row(0)[1 + (int)(CategoryEncoder.Fnv1a("red") % 4)]);
    }

    [Fact]
    public void One_hot_uses_the_training_files_values_and_gives_unseen_values_no_indicator()
    {
        var train = _dir.Write("train.csv", "color,x,label\nred,1,1\nblue,2,0\nred,3,1\n");
        var test = _dir.Write("test.csv", "color,x,label\ngreen,5,1\nblue,6,0\n");
        var request = Request(train, ("categorical", "color"), ("hash-buckets", "0")) with { ValidationPath = train, TestPath = test };

        var split = DatasetLoader.Load(request, 1);

        Assert.Equal(["color=red", "color=blue", "x"], split.Test.FeatureNames);
        Assert.Equal([0f, 0f, 5f, 0f, 1f, 6f], split.Test.Features.ToArray());
    }

    [Fact]
    public void Median_imputation_is_fitted_on_the_training_rows_only()
    {
        var train = _dir.Write("train.csv", "a,b,label\n1,,1\n,5,0\n3,7,1\n10,9,0\n");
        var validation = _dir.Write("validation.csv", "a,b,label\n,,1\n1000,1000,0\n");
        var request = Request(train, ("missing", "median")) with { ValidationPath = validation, TestPath = validation };

        var split = DatasetLoader.Load(request, 1);

        // Training medians: a of {1, 3, 10} = 3; b of {5, 7, 9} = 7. The validation file's 1000s are not counted.
        Assert.Equal([1f, 7f, 3f, 5f, 3f, 7f, 10f, 9f], split.Train.Features.ToArray());
        Assert.Equal([3f, 7f, 1000f, 1000f], split.Validation.Features.ToArray());
    }

    [Fact]
    public void Missing_values_are_refused_by_default_with_the_line_and_column()
    {
        var train = _dir.Write("train.csv", "a,b,label\n1,2,1\n3,,0\n");

        var error = Assert.Single(Assert.Throws<Validation.InputException>(() => DatasetLoader.Load(Request(train), 1)).Errors);

        Assert.Equal((3, 3), (error.Location.Line, error.Location.Column));
        Assert.Contains("'b' is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_categorical_column_is_refused_with_the_header()
    {
        var train = _dir.Write("train.csv", "a,label\n1,1\n");

        var error = Assert.Single(Assert.Throws<Validation.InputException>(() => DatasetLoader.Load(Request(train, ("categorical", "colour")), 1)).Errors);

        Assert.Contains("'colour'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Location.Line);
    }

    [Fact]
    public void The_criteo_sample_loads_with_hashed_categoricals_and_median_imputation()
    {
        var path = SharedDatasets.File("criteo-ctr-sample", "criteo_sample.txt");
        var request = Request(path, ("categorical", "C*"), ("missing", "median")) with { LabelColumn = "label", Standardize = false };

        var split = DatasetLoader.Load(request, 3);

        Assert.Equal(200, split.Train.Count + split.Validation.Count + split.Test.Count);
        Assert.Equal(13 + (26 * 16), split.Train.FeatureCount);
        Assert.Equal("C1#0", split.Train.FeatureNames[13]);
        Assert.All(new[] { split.Train, split.Validation, split.Test }, set => Assert.DoesNotContain(set.Features.ToArray(), float.IsNaN));

        // Each row has exactly one bucket set per categorical column.
        Assert.Equal(26f, split.Train.Row(0)[13..].ToArray().Sum());
        Assert.Equal([0.0, 1.0], split.Train.Labels.ToArray().Distinct().Order());
    }

    private static DatasetRequest Request(string path, params (string Name, string Value)[] parameters) =>
        new("t", "csv", new PluginParameters(parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))))
        {
            Path = path,
            LabelColumn = "label",
            Standardize = false,
        };
}
