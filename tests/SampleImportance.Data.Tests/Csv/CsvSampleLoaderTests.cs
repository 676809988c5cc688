using System.Text;
using SampleImportance.Data.Csv;
using SampleImportance.Data.Tests.Support;
using SampleImportance.Validation;

namespace SampleImportance.Data.Tests.Csv;

public sealed class CsvSampleLoaderTests : IDisposable
{
    private readonly TempCsvDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static CsvLoadOptions Label(string label, string? group = null) => new() { LabelColumn = label, GroupColumn = group };

    private ValidationError LoadFails(string content, CsvLoadOptions options, out string path)
    {
        path = _dir.Write("bad.csv", content);
        var file = path;
        var ex = Assert.Throws<InputException>(() => CsvSampleLoader.Load(file, options));
        var error = ex.Errors[0];
        Assert.Equal(path, error.Location.File);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
        return error;
    }

    [Fact]
    public void Load_QuotedHeadersCrLfAndBlankLines_ReadsRowsInOrderExactly()
    {
        var path = _dir.Write(
            "clicks.csv",
            "\"label\",price,\"query, text\",f2\r\n1,0.1,\"red \"\"shoes\"\"\",3\r\n0, -2.5e1 ,blue,4\r\n\r\n1,7,\"red \"\"shoes\"\"\",5");

        var set = CsvSampleLoader.Load(path, Label("label", "query, text"));

        Assert.Equal(["price", "f2"], set.FeatureNames);
        Assert.Equal([0.1f, 3f, -25f, 4f, 7f, 5f], set.Features.ToArray());
        Assert.Equal([1.0, 0.0, 1.0], set.Labels.ToArray());
        Assert.Equal([0, 1, 0], set.Groups.ToArray());
    }

    [Fact]
    public void Load_WithoutGroupColumn_HasNoGroups_AndLabelMayBeAnyColumn()
    {
        var path = _dir.Write("plain.csv", "a,target,b\n1,0.5,2\n3,1.5,4\n");

        var set = CsvSampleLoader.Load(path, Label("target"));

        Assert.False(set.HasGroups);
        Assert.Equal(["a", "b"], set.FeatureNames);
        Assert.Equal([0.5, 1.5], set.Labels.ToArray());
        Assert.Equal([1f, 2f, 3f, 4f], set.Features.ToArray());
    }

    [Fact]
    public void Load_Utf8ByteOrderMark_IsNotPartOfTheFirstHeader()
    {
        var path = Path.Combine(_dir.Path, "bom.csv");
        File.WriteAllText(path, "y,x\n1,2\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var set = CsvSampleLoader.Load(path, Label("y"));

        Assert.Equal(["x"], set.FeatureNames);
    }

    [Fact]
    public void Load_MissingFile_NamesThePath()
    {
        var path = Path.Combine(_dir.Path, "nope.csv");

        var ex = Assert.Throws<InputException>(() => CsvSampleLoader.Load(path, Label("y")));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(path, error.Location.File);
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check the path", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\n")]
    public void Load_EmptyFile_AsksForAHeader(string content)
    {
        var error = LoadFails(content, Label("y"), out _);

        Assert.Equal(1, error.Location.Line);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("header row", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HeaderOnly_ReportsNoDataRows()
    {
        var error = LoadFails("y,x\n", Label("y"), out _);

        Assert.Equal(2, error.Location.Line);
        Assert.Contains("no data rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingLabelColumn_ListsTheHeaders()
    {
        var error = LoadFails("a,b,c\n1,2,3\n", Label("click"), out _);

        Assert.Equal(1, error.Location.Line);
        Assert.Contains("label column 'click' is not in the header", error.Message, StringComparison.Ordinal);
        Assert.Contains("Columns: a, b, c", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LabelColumnDiffersOnlyInCase_SuggestsTheHeader()
    {
        var error = LoadFails("Click,x\n1,2\n", Label("click"), out _);

        Assert.Contains("did you mean 'Click'", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingGroupColumn_ListsTheHeaders()
    {
        var error = LoadFails("y,x\n1,2\n", Label("y", "query"), out _);

        Assert.Contains("group column 'query' is not in the header", error.Message, StringComparison.Ordinal);
        Assert.Contains("Columns: y, x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateHeader_PointsAtTheSecondOne()
    {
        var error = LoadFails("y,x,x\n1,2,3\n", Label("y"), out _);

        Assert.Equal((1, 5), (error.Location.Line, error.Location.Column));
        Assert.Contains("'x' appears more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OnlyLabelAndGroup_ReportsNoFeatures()
    {
        var error = LoadFails("y,q\n1,a\n", Label("y", "q"), out _);

        Assert.Contains("no feature columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RaggedRow_NamesLineAndFieldCounts()
    {
        var error = LoadFails("y,x,z\n1,2,3\n1,2\n", Label("y"), out _);

        Assert.Equal(3, error.Location.Line);
        Assert.Contains("has 2 fields but the header has 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NonNumericCell_NamesValueColumnLineAndPosition()
    {
        var error = LoadFails("y,price\n1,2\n0,abc\n", Label("y"), out _);

        Assert.Equal((3, 3), (error.Location.Line, error.Location.Column));
        Assert.Contains("Value 'abc' in column 'price' is not a number", error.Message, StringComparison.Ordinal);
        Assert.Contains("decimal point", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NonNumericLabel_IsReported()
    {
        var error = LoadFails("y,x\nyes,1\n", Label("y"), out _);

        Assert.Equal((2, 1), (error.Location.Line, error.Location.Column));
        Assert.Contains("'yes' in column 'y'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DecimalComma_IsNotANumber()
    {
        var error = LoadFails("y,x\n1,\"2,5\"\n", Label("y"), out _);

        Assert.Contains("Value '2,5' in column 'x' is not a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyCell_IsReported()
    {
        var error = LoadFails("y,x\n1,\n", Label("y"), out _);

        Assert.Equal((2, 3), (error.Location.Line, error.Location.Column));
        Assert.Contains("Column 'x' is empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN", "is NaN")]
    [InlineData("-Infinity", "is infinite")]
    [InlineData("1e400", "is infinite")]
    public void Load_NonFiniteValue_IsRejected(string value, string expected)
    {
        var error = LoadFails($"y,x\n1,{value}\n", Label("y"), out _);

        Assert.Equal(2, error.Location.Line);
        Assert.Contains($"Value '{value}' in column 'x' {expected}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FeatureBeyondFloatRange_IsRejected()
    {
        var error = LoadFails("y,x\n1,1e300\n", Label("y"), out _);

        Assert.Contains("too large for a 32-bit float", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuotedFieldSpanningLines_KeepsLaterLineNumbersRight()
    {
        var error = LoadFails("y,x,g\n1,2,\"two\nlines\"\n0,zz,c\n", Label("y", "g"), out _);

        Assert.Equal((4, 3), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Load_UnterminatedQuote_PointsAtTheField()
    {
        var error = LoadFails("y,x\n1,\"2\n", Label("y"), out _);

        Assert.Equal((2, 3), (error.Location.Line, error.Location.Column));
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TextAfterClosingQuote_IsRejected()
    {
        var error = LoadFails("y,x\n1,\"2\"3\n", Label("y"), out _);

        Assert.Equal((2, 6), (error.Location.Line, error.Location.Column));
        Assert.Contains("after the closing quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralBadRows_ReportsThemTogether()
    {
        var path = _dir.Write("many.csv", "y,x\n1,a\n1,2\n0,b\n");

        var ex = Assert.Throws<InputException>(() => CsvSampleLoader.Load(path, Label("y")));

        Assert.Equal([2, 4], ex.Errors.Select(e => e.Location.Line));
        Assert.Contains("many.csv(4,3): error: Value 'b'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManyBadRows_StopsAfterMaxErrors()
    {
        var path = _dir.Write("worse.csv", "y,x\n" + string.Concat(Enumerable.Repeat("1,bad\n", 10)));

        var ex = Assert.Throws<InputException>(() => CsvSampleLoader.Load(path, new CsvLoadOptions { LabelColumn = "y", MaxErrors = 3 }));

        Assert.Equal(4, ex.Errors.Count);
        Assert.Contains("Stopped reading after 3 errors", ex.Errors[3].Message, StringComparison.Ordinal);
    }
}
