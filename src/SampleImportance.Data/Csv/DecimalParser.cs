using System.Globalization;

namespace SampleImportance.Data.Csv;

/// <summary>
/// Parses UTF-8 numbers exactly as <c>double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture)</c>
/// does, fast for the plain decimals CSV files hold: when the digits fit in 2^53 and the power of ten is at most 22,
/// one exact multiplication or division gives the correctly rounded value (Clinger's fast path); anything else goes
/// to the runtime's parser.
/// </summary>
internal static class DecimalParser
{
    private const ulong MaxExactMantissa = 1UL << 53;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses <paramref name="text"/> (no surrounding white space expected); false when it is not a number.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out double value)
    {
        if (TryParseSimple(text, out value))
        {
            return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseSimple(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (i < text.Length && text[i] is (byte)'-' or (byte)'+')
        {
            negative = text[i] == (byte)'-';
            i++;
        }

        ulong mantissa = 0;
        var digits = 0;
        var exponent = 0;
        var start = i;
        for (; i < text.Length && (uint)(text[i] - '0') <= 9; i++)
        {
            mantissa = (mantissa * 10) + (uint)(text[i] - '0');
            digits += mantissa == 0 ? 0 : 1;
        }

        var anyDigit = i > start;
        if (i < text.Length && text[i] == (byte)'.')
        {
            i++;
            var fraction = i;
            for (; i < text.Length && (uint)(text[i] - '0') <= 9; i++)
            {
                mantissa = (mantissa * 10) + (uint)(text[i] - '0');
                digits += mantissa == 0 ? 0 : 1;
                exponent--;
            }

            anyDigit |= i > fraction;
        }

        // More than 15 significant digits could overflow the mantissa or pass 2^53: leave those to the runtime.
        if (!anyDigit || digits > 15)
        {
            return false;
        }

        if (!FloatParser.ReadExponent(text, ref i, ref exponent))
        {
            return false;
        }

        if (i != text.Length || mantissa > MaxExactMantissa || exponent < -22 || exponent > 22)
        {
            return false;
        }

        var magnitude = exponent < 0 ? mantissa / PowersOfTen[-exponent] : mantissa * PowersOfTen[exponent];
        value = negative ? -magnitude : magnitude;
        return true;
    }
}
