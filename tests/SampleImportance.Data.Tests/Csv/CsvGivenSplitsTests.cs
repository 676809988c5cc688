using SampleImportance.Abstractions;
using SampleImportance.Data.Corruptions;
using SampleImportance.Data.Csv;
using SampleImportance.Data.Tests.Support;

namespace SampleImportance.Data.Tests.Csv;

/// <summary>A CSV dataset with both a validation and a test file values its training file exactly as written.</summary>
public sealed class CsvGivenSplitsTests : IDisposable
{
    private const string Train = "f1,f2,label\n0,0,0\n1,0,0\n0,1,1\n2,2,1\n3,1,0\n1,3,1\n4,4,1\n";
    private readonly TempCsvDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private DatasetRequest Request() => new DatasetRequest("mine", "csv", PluginParameters.Empty)
    {
        Path = _dir.Write("train.csv", Train),
        ValidationPath = _dir.Write("validation.csv", "f1,f2,label\n1,1,0\n3,3,1\n"),
        TestPath = _dir.Write("test.csv", "f1,f2,label\n2,0,0\n"),
        LabelColumn = "label",
        Standardize = false, // the rows are compared with the file as written
        ValidationFraction = 0.4, // ignored: the files give both held-out sets
        TestFraction = 0.3,
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(12345)]
    public void The_training_file_is_used_as_is_whatever_the_seed(int seed)
    {
        var request = Request();
        var asWritten = CsvSampleLoader.Load(request.Path!, new CsvLoadOptions { LabelColumn = "label" });

        var split = DatasetLoader.Load(request, seed);

        Assert.Equal(7, split.Train.Count);
        Assert.Equal(SampleSetBytes.Of(asWritten), SampleSetBytes.Of(split.Train));
        Assert.Equal((2, 1), (split.Validation.Count, split.Test.Count));
    }

    [Fact]
    public void A_corruption_still_applies_to_every_row_of_the_file()
    {
        var request = Request() with { Corruption = new CorruptionRequest("label-flip", 0.3, PluginParameters.Empty) };

        var split = DatasetLoader.Load(request, 1);

        Assert.Equal(7, split.NoiseMask!.Count);
        Assert.Contains(true, split.NoiseMask);
    }
}
