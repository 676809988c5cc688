using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Reporting.Tests.Reports;
using SampleImportance.Reporting.Values;
using SampleImportance.Suites;

namespace SampleImportance.Reporting.Tests.Values;

public sealed class ValuesCsvTests
{
    [Fact]
    public void Rows_are_written_by_index_in_round_trip_form()
    {
        double[] values = [0.1, -1.0 / 3.0, 5e-324, 1e300];

        var text = ValuesCsv.Format(UnitPartition.Rows(4), values);

        Assert.Equal("index,value\n0,0.1\n1,-0.3333333333333333\n2,5E-324\n3,1E+300\n", text);
        var read = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => double.Parse(line.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), read.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Groups_are_written_by_their_id_under_the_unit_name()
    {
        var units = UnitPartition.ByColumn("session", [42, 7, 42, 9]);

        var text = ValuesCsv.Format(units, [0.5, 1.5, 2.5]);

        Assert.Equal("session,value\n7,0.5\n9,1.5\n42,2.5\n", text);
    }

    [Fact]
    public void The_written_file_holds_the_formatted_bytes_across_buffer_boundaries()
    {
        using var temp = new TempDirectory();
        var random = new Random(8);
        var values = Enumerable.Range(0, 20_000).Select(i => i % 3 == 0 ? -random.NextDouble() * double.MaxValue : random.NextDouble() * Math.Pow(10, random.Next(-320, 300))).ToArray();
        var units = UnitPartition.ByColumn("session", Enumerable.Range(0, 20_000).Select(i => int.MinValue + (i * 7919)).ToArray());
        var path = Path.Combine(temp.Path, "out", "values.csv");

        ValuesCsv.Write(path, units, values);

        var expected = "session,value\n" + string.Concat(values.Select((v, i) =>
            units.IdOf(i).ToString(CultureInfo.InvariantCulture) + "," + v.ToString("R", CultureInfo.InvariantCulture) + "\n"));
        Assert.Equal(expected, File.ReadAllText(path));
        Assert.Equal(expected, ValuesCsv.Format(units, values));
    }

    [Fact]
    public void A_count_mismatch_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ValuesCsv.Format(UnitPartition.Rows(3), [1.0, 2.0]));
    }

    [Fact]
    public void The_directory_sink_writes_one_file_per_cell_named_by_its_key()
    {
        using var temp = new TempDirectory();
        var sink = new ValuesDirectory(temp.Path);
        var first = new CellKey("tab", "label-flip(0.1)", "knn", "tmc", 1);
        var second = first with { EstimatorSeed = 2 };

        sink.Write(first, UnitPartition.Rows(2), [1.0, 2.0]);
        sink.Write(second, UnitPartition.Rows(2), [3.0, 4.0]);

        var folder = Path.Combine(temp.Path, "values");
        Assert.Equal(
            ["tab__label-flip(0.1)__knn__tmc__1.csv", "tab__label-flip(0.1)__knn__tmc__1__e2.csv"],
            Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("index,value\n0,3\n1,4\n", File.ReadAllText(ValuesDirectory.PathOf(temp.Path, second)));
    }

    [Fact]
    public void Removing_stale_files_touches_only_the_given_cells()
    {
        using var temp = new TempDirectory();
        var sink = new ValuesDirectory(temp.Path);
        var planned = new CellKey("tab", "none", "knn", "tmc", 1);
        var other = planned with { Seed = 9 };
        sink.Write(planned, UnitPartition.Rows(1), [1.0]);
        sink.Write(other, UnitPartition.Rows(1), [1.0]);

        sink.RemoveStale([planned, planned with { EstimatorSeed = 3 }]);

        Assert.False(File.Exists(ValuesDirectory.PathOf(temp.Path, planned)));
        Assert.True(File.Exists(ValuesDirectory.PathOf(temp.Path, other)));
    }

    [Fact]
    public void Removing_stale_files_without_a_values_folder_does_nothing()
    {
        using var temp = new TempDirectory();

        new ValuesDirectory(temp.Path).RemoveStale([new CellKey("tab", "none", "knn", "tmc", 1)]);

        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }
}
