using SampleImportance.Reporting;

namespace SampleImportance.Reporting.Tests.Reports;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void WriteAllText_creates_the_file_and_leaves_no_temp_files()
    {
        var path = temp.File("run.json");

        AtomicFile.WriteAllText(path, "{ \"a\": 1 }\n");

        Assert.Equal("{ \"a\": 1 }\n", File.ReadAllText(path));
        Assert.Equal(["run.json"], temp.Names());
    }

    [Fact]
    public void WriteAllText_replaces_an_existing_file_whole()
    {
        var path = temp.File("run.json");
        File.WriteAllText(path, new string('x', 10_000));

        AtomicFile.WriteAllText(path, "short");

        Assert.Equal("short", File.ReadAllText(path));
        Assert.Equal(["run.json"], temp.Names());
    }

    [Fact]
    public void WriteAllText_writes_utf8_without_a_byte_order_mark()
    {
        var path = temp.File("report.md");

        AtomicFile.WriteAllText(path, "0.82 → 0.71 µs");

        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("0.82 → 0.71 µs", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void WriteAllText_creates_a_missing_parent_directory()
    {
        var path = Path.Combine(temp.Path, "out", "nested", "run.json");

        AtomicFile.WriteAllText(path, "x");

        Assert.Equal("x", File.ReadAllText(path));
    }

    [Fact]
    public void WriteAllText_that_fails_leaves_the_old_file_and_no_temp_files()
    {
        var path = temp.File("run.json");
        File.WriteAllText(path, "old");
        // A directory squatting on the target name makes the final move fail after the temp was written.
        var blocked = temp.File("blocked");
        Directory.CreateDirectory(blocked);
        File.WriteAllText(Path.Combine(blocked, "inside"), "keep");

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(blocked, "new"));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["blocked", "run.json"], temp.Names());
    }

    [Fact]
    public void TempPathFor_is_a_sibling_with_a_unique_suffix()
    {
        var path = temp.File("run.json");

        var first = AtomicFile.TempPathFor(path);
        var second = AtomicFile.TempPathFor(path);

        Assert.StartsWith(path + ".tmp-", first, StringComparison.Ordinal);
        Assert.Equal(Path.GetDirectoryName(path), Path.GetDirectoryName(first));
        Assert.NotEqual(first, second);
    }
}
