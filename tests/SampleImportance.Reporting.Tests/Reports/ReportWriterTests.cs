using SampleImportance.Reporting;

namespace SampleImportance.Reporting.Tests.Reports;

public sealed class ReportWriterTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    // Linux and macOS allow 255-byte names; the ".tmp-<guid>" suffix pushes this one past that, so its temp cannot be created.
    private static readonly string TooLongForATemp = new string('n', 240) + ".md";

    [Fact]
    public void Write_puts_every_file_in_a_new_directory_and_no_temp_files()
    {
        var output = Path.Combine(temp.Path, "out");
        var set = new ReportSet().Add("run.json", "{}\n").Add("leaderboard.md", "# L\n");

        var written = ReportWriter.Write(output, set);

        Assert.Equal([Path.Combine(output, "run.json"), Path.Combine(output, "leaderboard.md")], written);
        Assert.Equal(["leaderboard.md", "run.json"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("# L\n", File.ReadAllText(Path.Combine(output, "leaderboard.md")));
    }

    [Fact]
    public void Write_replaces_existing_reports()
    {
        File.WriteAllText(temp.File("run.json"), "old");

        ReportWriter.Write(temp.Path, new ReportSet().Add("run.json", "new"));

        Assert.Equal("new", File.ReadAllText(temp.File("run.json")));
        Assert.Equal(["run.json"], temp.Names());
    }

    [Fact]
    public void Write_that_fails_on_one_file_writes_none_and_removes_the_new_directory()
    {
        var output = Path.Combine(temp.Path, "out");
        var set = new ReportSet().Add("run.json", "{}").Add(TooLongForATemp, "x");

        Assert.ThrowsAny<IOException>(() => ReportWriter.Write(output, set));

        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Write_that_fails_on_one_file_leaves_existing_reports_untouched()
    {
        File.WriteAllText(temp.File("run.json"), "old");
        var set = new ReportSet().Add("run.json", "new").Add(TooLongForATemp, "x");

        Assert.ThrowsAny<IOException>(() => ReportWriter.Write(temp.Path, set));

        Assert.Equal("old", File.ReadAllText(temp.File("run.json")));
        Assert.Equal(["run.json"], temp.Names());
    }

    [Fact]
    public void WriteAll_writes_name_content_pairs()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { ["run.json"] = "{}", ["leaderboard.md"] = "# L" };

        var written = ReportWriter.WriteAll(temp.Path, files);

        Assert.Equal(2, written.Count);
        Assert.Equal("# L", File.ReadAllText(temp.File("leaderboard.md")));
        Assert.Equal(["leaderboard.md", "run.json"], temp.Names());
    }

    [Fact]
    public void Write_of_an_empty_set_creates_nothing()
    {
        var output = Path.Combine(temp.Path, "out");

        Assert.Empty(ReportWriter.Write(output, new ReportSet()));

        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("../escape.md")]
    [InlineData("sub/leaderboard.md")]
    [InlineData("..")]
    [InlineData(" ")]
    public void ReportSet_Add_rejects_names_that_are_not_plain_file_names(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => new ReportSet().Add(name, "x"));
    }

    [Fact]
    public void ReportSet_Add_rejects_a_duplicate_name_ignoring_case()
    {
        var set = new ReportSet().Add("run.json", "a");

        var error = Assert.Throws<ArgumentException>(() => set.Add("RUN.json", "b"));

        Assert.Contains("already has", error.Message, StringComparison.Ordinal);
        Assert.Single(set.Files);
    }
}
