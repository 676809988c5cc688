using SampleImportance.Reporting;

namespace SampleImportance.Reporting.Tests.Reports;

public class MarkdownTextTests
{
    [Theory]
    [InlineData(0.0, "0.00 s")]
    [InlineData(0.000_000_123, "123 ns")]
    [InlineData(0.000_007_1, "7.10 µs")]
    [InlineData(0.001_25, "1.25 ms")]
    [InlineData(0.042, "42.0 ms")]
    [InlineData(3.5, "3.50 s")]
    [InlineData(59.9, "59.9 s")]
    [InlineData(90.0, "1.50 min")]
    [InlineData(double.NaN, "—")]
    public void Duration_picks_a_human_unit(double seconds, string expected)
    {
        Assert.Equal(expected, MarkdownText.Duration(seconds));
    }

    [Fact]
    public void Cell_flattens_lines_and_escapes_pipes()
    {
        Assert.Equal("a \\| b c", MarkdownText.Cell("a | b\r\nc\n"));
    }

    [Fact]
    public void Number_formatting_ignores_the_current_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("0.500", MarkdownText.Fixed(0.5));
            Assert.Equal("12,345", MarkdownText.Count(12_345));
            Assert.Equal("1.25 ms", MarkdownText.Duration(0.00125));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
