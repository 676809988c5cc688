using System.Globalization;
using System.Text;
using SampleImportance.Abstractions;
using SampleImportance.Data.Csv;
using SampleImportance.Data.Tests.Support;
using SampleImportance.Validation;

namespace SampleImportance.Data.Tests.Csv;

/// <summary>The fast CSV path reads exactly what the careful reader reads, and declines (so the careful reader reports)
/// everything malformed.</summary>
public sealed class FastCsvLoaderTests : IDisposable
{
    private static readonly CsvLoadOptions ByY = new() { LabelColumn = "y" };

    private readonly TempCsvDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Fixtures() => new()
    {
        "a,y,b\n1,0.5,2\n3,1.5,4\n",
        "\"y\",price,\"f, 2\"\r\n1,0.1,3\r\n0, -2.5e1 ,4\r\n\r\n1,7,\"5\"",
        "y,x\r1,2\r3,4\r",
        "x,y\n\n\n-0,1E-3\n+.5,6.\n1e22,0.30000000000000004\n123456789012345678901234567890,4.9e-324\n",
        "\uFEFFy,x\n1,\"2\"\n0,\"3\"\"\"\n",
        "y,x,z\n1,2,3",
        "y,x\n1,0x10\n",
        "y,x\n1,\u00a02\n",
        "y,x\n1,Infinity\n",
        "y,x\n1,3.5e39\n",
        "y,x\n1,2,3\n",
        "y,x\n1\n",
        "y,x\n1,\n",
        "y,x\n1,\"2\"x\n",
        "y,x\n1,\"2\n",
        "y,x\n",
        "",
        "\n\n",
        "y,y\n1,2\n",
        "x\n1\n",
        "y,x\n1,2\n\"3\n\",4\n",
        "y,x\r\n\r\n1,2\r\n\r\n\r\n3,4",
        "x,y\n1,2\n\n\n3,4\n\n",
        "\"y\",\"x\"\n1,2\n",
        "y,x\n1,2\r3,4\n",
        "y,x\n1,\"2\"\n0,3\n",
        "y,x\n1,2\n0,3\r",
        "y,x\n1,1.00000005960464477539062500000001\n",
        "\uFEFFy,x\r\n1,2\r\n0,3",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fast_path_reads_or_declines_and_the_public_loader_matches_the_careful_reader(string content)
    {
        var path = _dir.Write("t.csv", content);

        var careful = Outcome(() => CsvSampleLoader.LoadCarefully(path, ByY, new GroupIdMap(), new CategoryEncoder(16)));
        var loaded = Outcome(() => CsvSampleLoader.Load(path, ByY));
        Assert.Equal(careful, loaded);
        foreach (var chunkBytes in new[] { 1, 2, 5, 0 })
        {
            var fast = Outcome(() => FastCsvLoader.TryLoad(path, ByY, threads: 2, blockBytes: 16, chunkBytes) ?? throw new InvalidOperationException("declined"));
            Assert.True(fast == careful || fast == "declined", fast);
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(2, 64)]
    [InlineData(4, 4096)]
    [InlineData(2, 0)]
    public void Chunks_of_any_size_read_every_row_once_in_order(int threads, int chunkBytes)
    {
        // Blank lines (LF and CRLF) inside the data and at its end.
        var rows = Generated(rows: 500, seed: 3, "\r\n").Split("\r\n");
        var path = _dir.Write("t.csv", string.Join("\r\n", rows.Select((r, i) => i % 97 == 5 ? "\r\n" + r : i % 89 == 7 ? "\n" + r : r)).TrimEnd('\r', '\n') + "\n\r\n");
        Assert.NotEqual(-1, File.ReadAllText(path).IndexOf("\n\n", StringComparison.Ordinal));

        var chunked = FastCsvLoader.TryLoad(path, ByY, threads, FastCsvLoader.BlockBytes, chunkBytes);

        Assert.NotNull(chunked);
        Assert.Equal(500, chunked.Count);
        Assert.Equal(Describe(CsvSampleLoader.LoadCarefully(path, ByY, new GroupIdMap(), new CategoryEncoder(16))), Describe(chunked));
    }

    [Fact]
    public void Features_are_rounded_once_from_the_text_on_every_path()
    {
        // Halfway between 1f and the next float, plus 1e-32: float.Parse rounds up; parsing a double first rounds down.
        var path = _dir.Write("t.csv", "y,x,z\n1,1.00000005960464477539062500000001,\"1.00000005960464477539062500000001\"\n");
        var expected = MathF.BitIncrement(1f);

        var careful = CsvSampleLoader.LoadCarefully(path, ByY, new GroupIdMap(), new CategoryEncoder(16));
        var fast = FastCsvLoader.TryLoad(path, ByY, threads: 2);

        Assert.NotNull(fast);
        Assert.Equal([expected, expected], careful.Features.ToArray());
        Assert.Equal([expected, expected], fast.Features.ToArray());
    }

    [Fact]
    public void Plain_numeric_file_takes_the_fast_path_and_keeps_every_bit()
    {
        var path = _dir.Write("t.csv", Generated(rows: 3000, seed: 7, "\n"));

        var fast = FastCsvLoader.TryLoad(path, ByY, threads: 2);

        Assert.NotNull(fast);
        Assert.Equal(Describe(CsvSampleLoader.LoadCarefully(path, ByY, new GroupIdMap(), new CategoryEncoder(16))), Describe(fast));
    }

    [Theory]
    [InlineData(1, 256)]
    [InlineData(2, 256)]
    [InlineData(2, 1000)]
    [InlineData(4, FastCsvLoader.BlockBytes)]
    public void Threads_and_block_size_do_not_change_the_result(int threads, int blockBytes)
    {
        // One quoted field sends the file to the block reader.
        var path = _dir.Write("t.csv", Generated(rows: 2000, seed: 11, "\r\n") + "\"1\",0,1,2,3\r\n");

        var reference = FastCsvLoader.TryLoad(path, ByY, threads: 1, blockBytes: FastCsvLoader.BlockBytes);
        var other = FastCsvLoader.TryLoad(path, ByY, threads, blockBytes);

        Assert.NotNull(reference);
        Assert.NotNull(other);
        Assert.Equal(Describe(reference), Describe(other));
    }

    [Fact]
    public void Median_policy_reads_empty_cells_as_missing_on_the_fast_path_too()
    {
        var path = _dir.Write("t.csv", "y,a,b\n1,,2\n0,3,\n");
        var options = new CsvLoadOptions { LabelColumn = "y", Missing = MissingValuePolicy.Median };

        var fast = FastCsvLoader.TryLoad(path, options, threads: 2);

        Assert.NotNull(fast);
        Assert.Equal(Describe(CsvSampleLoader.LoadCarefully(path, options, new GroupIdMap(), new CategoryEncoder(16))), Describe(fast));
        Assert.True(float.IsNaN(fast.Features[0]));
    }

    [Fact]
    public void Group_id_and_categorical_options_go_to_the_careful_reader()
    {
        var path = _dir.Write("t.csv", "y,q,c,x\n1,a,red,2\n0,b,blue,3\n");

        Assert.Null(FastCsvLoader.TryLoad(path, new CsvLoadOptions { LabelColumn = "y", GroupColumn = "q", CategoricalColumns = ["c"] }, 2));
        var set = CsvSampleLoader.Load(path, new CsvLoadOptions { LabelColumn = "y", GroupColumn = "q", CategoricalColumns = ["c"], HashBuckets = 0 });
        Assert.Equal(["c=red", "c=blue", "x"], set.FeatureNames);
    }

    [Theory]
    [InlineData("y,x\n1,2\n0,oops\n", 3, 3, "'oops'")]
    [InlineData("y,x\n1,2\n0,1,5\n", 3, 1, "3 fields but the header has 2")]
    [InlineData("y,x\n1,2\n0,\"4\"z\n", 3, 6, "after the closing quote")]
    [InlineData("y,x\n1,2\n0,\"4\n", 3, 3, "never closed")]
    [InlineData("", 1, 1, "empty")]
    [InlineData("y,x\n", 2, 1, "no data rows")]
    public void Malformed_input_is_reported_with_line_and_column(string content, int line, int column, string message)
    {
        var path = _dir.Write("bad.csv", content);

        var ex = Assert.Throws<InputException>(() => CsvSampleLoader.Load(path, ByY));

        var error = ex.Errors[0];
        Assert.Equal(path, error.Location.File);
        Assert.Equal(line, error.Location.Line);
        Assert.Equal(column, error.Location.Column);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    private static string Generated(int rows, int seed, string newline)
    {
        var random = new Random(seed);
        var text = new StringBuilder("f0,y,f1,f2,f3").Append(newline);
        for (var r = 0; r < rows; r++)
        {
            text.Append(Number(random)).Append(',').Append(random.Next(2)).Append(',').Append(Number(random)).Append(',')
                .Append(Number(random)).Append(',').Append(Number(random)).Append(newline);
        }

        return text.ToString();
    }

    /// <summary>Numbers in every shape a CSV holds: grid values, full-precision doubles, exponents, long digit runs.</summary>
    private static string Number(Random random) => random.Next(5) switch
    {
        0 => (random.Next(-128, 128) / 32.0).ToString(CultureInfo.InvariantCulture),
        1 => (random.NextDouble() * 1e6).ToString("R", CultureInfo.InvariantCulture),
        2 => (random.NextDouble() - 0.5).ToString("E10", CultureInfo.InvariantCulture),
        3 => "0.000000000000000000000000" + random.Next(1, 999).ToString(CultureInfo.InvariantCulture),
        _ => random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture) + "." + random.NextInt64().ToString(CultureInfo.InvariantCulture),
    };

    private static string Outcome(Func<SampleSet> load)
    {
        try
        {
            return Describe(load());
        }
        catch (InvalidOperationException ex)
        {
            return ex.Message;
        }
        catch (InputException ex)
        {
            return string.Join("\n", ex.Errors.Select(e => $"{e.Location.File}({e.Location.Line},{e.Location.Column}): {e.Message} | {e.Fix}"));
        }
    }

    /// <summary>Every bit of a set: names, features and labels as raw bits, and the id columns.</summary>
    private static string Describe(SampleSet set) =>
        string.Join(",", set.FeatureNames) + "|" + set.FeatureCount + "|"
        + string.Join(",", set.Features.ToArray().Select(v => BitConverter.SingleToInt32Bits(v).ToString(CultureInfo.InvariantCulture))) + "|"
        + string.Join(",", set.Labels.ToArray().Select(v => BitConverter.DoubleToInt64Bits(v).ToString(CultureInfo.InvariantCulture))) + "|"
        + string.Join(",", set.ColumnNames) + "|" + set.HasGroups;
}
