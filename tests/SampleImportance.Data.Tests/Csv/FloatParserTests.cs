using System.Globalization;
using System.Text;
using SampleImportance.Data.Csv;

namespace SampleImportance.Data.Tests.Csv;

/// <summary>The CSV float parser gives float.Parse's bits for every decimal, including those whose correct rounding
/// differs from rounding the double (the values a double-then-float parse gets wrong).</summary>
public sealed class FloatParserTests
{
    [Fact]
    public void Random_decimals_of_every_shape_parse_to_float_parse_bits()
    {
        var random = new Random(20261203);
        var fast = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var text = RandomDecimal(random);
            var bytes = Encoding.ASCII.GetBytes(text);

            Assert.True(FloatParser.TryParse(bytes, out var value), text);
            Assert.True(Bits(float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)) == Bits(value), text);
            fast += FloatParser.Scan(bytes, 0, out _) == bytes.Length ? 1 : 0;
        }

        // Most of them take the fast estimate, not the runtime's parser (the shapes past 10^±44 do not).
        Assert.True(fast > 150_000, $"{fast} fast");
    }

    [Fact]
    public void Decimals_near_halfway_between_floats_round_as_float_parse_does()
    {
        var random = new Random(5);
        for (var i = 0; i < 20_000; i++)
        {
            var below = BitConverter.Int32BitsToSingle(random.Next(0x0080_0000, 0x7F00_0000));
            var halfway = ((double)below + (double)MathF.BitIncrement(below)) / 2; // exact in double
            var exact = halfway.ToString("E40", CultureInfo.InvariantCulture); // the halfway point to 41 digits: on it, or just off it
            foreach (var text in new[] { exact, Nudge(exact, '1'), Nudge(exact, '9'), halfway.ToString("R", CultureInfo.InvariantCulture), "-" + exact })
            {
                Assert.True(FloatParser.TryParse(Encoding.ASCII.GetBytes(text), out var value), text);
                Assert.True(Bits(float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)) == Bits(value), text);
            }
        }
    }

    [Fact]
    public void Just_above_halfway_rounds_up_where_a_double_first_rounds_down()
    {
        const string text = "1.00000005960464477539062500000001"; // 1 + 2^-24 (halfway above 1f) + 1e-32

        Assert.True(FloatParser.TryParse(Encoding.ASCII.GetBytes(text), out var value));

        Assert.Equal(MathF.BitIncrement(1f), value);
        Assert.Equal(1f, (float)double.Parse(text, CultureInfo.InvariantCulture)); // the double rounding this avoids
    }

    [Theory]
    [InlineData("1.5,2", 0, 3, 1.5f)]
    [InlineData("x,-0.25e1", 2, 9, -2.5f)]
    [InlineData(".5", 0, 2, 0.5f)]
    [InlineData("5.", 0, 2, 5f)]
    [InlineData("+7e0;", 0, 4, 7f)]
    [InlineData("-0", 0, 2, -0f)]
    [InlineData("0e999999999999", 0, 14, 0f)]
    public void Scan_reads_one_number_and_stops_at_what_follows(string text, int start, int end, float expected)
    {
        Assert.Equal(end, FloatParser.Scan(Encoding.ASCII.GetBytes(text), start, out var value));
        Assert.Equal(Bits(expected), Bits(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("e5")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData(" 1")]
    [InlineData("1e-50")]
    [InlineData("3e60")]
    public void Scan_leaves_to_the_runtime_what_it_cannot_read_exactly(string text) =>
        Assert.Equal(-1, FloatParser.Scan(Encoding.ASCII.GetBytes(text), 0, out _));

    [Theory]
    [InlineData(" 2.5 ", 2.5f)]
    [InlineData("1e-45", 1e-45f)]
    [InlineData("1e39", float.PositiveInfinity)]
    [InlineData("Infinity", float.PositiveInfinity)]
    public void Whole_field_parse_falls_back_to_the_runtime(string text, float expected)
    {
        Assert.True(FloatParser.TryParse(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(Bits(expected), Bits(value));
    }

    [Theory]
    [InlineData("1.5x")]
    [InlineData("0x10")]
    [InlineData("1,5")]
    public void Not_a_number_is_refused(string text) => Assert.False(FloatParser.TryParse(Encoding.ASCII.GetBytes(text), out _));

    private static int Bits(float value) => BitConverter.SingleToInt32Bits(value);

    /// <summary>The decimal with one more digit far after its mantissa: just above the value.</summary>
    private static string Nudge(string exact, char digit)
    {
        var e = exact.IndexOf('E', StringComparison.Ordinal);
        return exact[..e] + "000000000000" + digit + exact[e..];
    }

    private static string RandomDecimal(Random random)
    {
        var sign = random.Next(2) == 0 ? "-" : string.Empty;
        return random.Next(8) switch
        {
            0 => sign + (random.Next(0, 4096) / 32.0).ToString(CultureInfo.InvariantCulture),
            1 => sign + (random.NextDouble() * Math.Pow(10, random.Next(-30, 30))).ToString("R", CultureInfo.InvariantCulture),
            2 => sign + random.NextDouble().ToString("E18", CultureInfo.InvariantCulture), // numpy's %.18e
            3 => sign + ((float)random.NextDouble()).ToString("R", CultureInfo.InvariantCulture),
            4 => sign + Digits(random, random.Next(1, 30)) + "." + Digits(random, random.Next(0, 30)),
            5 => sign + Digits(random, random.Next(1, 25)) + "e" + random.Next(-50, 45).ToString(CultureInfo.InvariantCulture),
            6 => sign + "0.0000000000" + Digits(random, random.Next(1, 22)),
            _ => sign + random.Next(0, 100000).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Digits(Random random, int count)
    {
        var text = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            text.Append((char)('0' + random.Next(10)));
        }

        return text.ToString();
    }
}
