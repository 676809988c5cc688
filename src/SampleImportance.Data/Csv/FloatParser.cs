using System.Globalization;
using System.Runtime.CompilerServices;

namespace SampleImportance.Data.Csv;

/// <summary>
/// Parses UTF-8 decimals to <see cref="float"/> exactly as <c>float.TryParse(text, NumberStyles.Float,
/// CultureInfo.InvariantCulture)</c> does (correctly rounded), fast for the plain numbers CSV files hold. The first 19
/// significant digits and the power of ten give a double within 3 units in its last place of the exact value (at most
/// three roundings); rounding that double to float is then exact unless it lies within that distance of a point
/// halfway between two floats, which is rare (about 1 in 30 million) and goes to the runtime's parser.
/// </summary>
internal static class FloatParser
{
    private const int MaxDigits = 19;

    /// <summary>Double units in the last place the estimate may be off by, with room to spare (at most 3 are possible).</summary>
    private const long HalfwayMargin = 8;

    /// <summary>The bits of a normal double below float precision, and their pattern halfway between two floats.</summary>
    private const long BelowFloatMask = (1L << 29) - 1;
    private const long Halfway = 1L << 28;

    /// <summary>Below this the float grid turns subnormal and the halfway pattern above no longer holds.</summary>
    private const double SmallestSafe = 1.0 / (1L << 62) / (1L << 62);

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses the whole of <paramref name="text"/> (surrounding ASCII white space allowed, as the runtime does).</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out float value)
    {
        if (Scan(text, 0, out value) == text.Length)
        {
            return true;
        }

        return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Reads a number of the form <c>[+-]digits[.digits][(e|E)[+-]digits]</c> starting at <paramref name="start"/> and
    /// returns the offset just past it; −1 when no such number starts there or its value needs the runtime's parser.
    /// The caller checks what follows (a separator or the end).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Scan(ReadOnlySpan<byte> text, int start, out float value)
    {
        value = 0;
        var i = start;
        var negative = false;
        if (i < text.Length && text[i] is (byte)'-' or (byte)'+')
        {
            negative = text[i] == (byte)'-';
            i++;
        }

        ulong mantissa = 0;
        var significant = 0;
        var exponent = 0;
        var digitsStart = i;
        for (; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                break;
            }

            if (significant < MaxDigits)
            {
                mantissa = (mantissa * 10) + digit;
                significant += mantissa == 0 ? 0 : 1;
            }
            else
            {
                // A dropped integer digit still scales the value; the truncation error is below 1e-18 relative.
                exponent++;
            }
        }

        var digits = i - digitsStart;
        if (i < text.Length && text[i] == (byte)'.')
        {
            i++;
            var fractionStart = i;
            for (; i < text.Length; i++)
            {
                var digit = (uint)(text[i] - '0');
                if (digit > 9)
                {
                    break;
                }

                if (significant < MaxDigits)
                {
                    mantissa = (mantissa * 10) + digit;
                    significant += mantissa == 0 ? 0 : 1;
                    exponent--;
                }
            }

            digits += i - fractionStart;
        }

        if (digits == 0)
        {
            return -1;
        }

        if (i < text.Length && text[i] is (byte)'e' or (byte)'E')
        {
            i++;
            var negativeExponent = false;
            if (i < text.Length && text[i] is (byte)'-' or (byte)'+')
            {
                negativeExponent = text[i] == (byte)'-';
                i++;
            }

            var exponentStart = i;
            var written = 0;
            for (; i < text.Length && (uint)(text[i] - '0') <= 9; i++)
            {
                // Past 100,000 the value is zero or infinite whatever follows; stop growing so it cannot overflow.
                written = written < 100_000 ? (written * 10) + (text[i] - '0') : written;
            }

            if (i == exponentStart)
            {
                return -1;
            }

            exponent += negativeExponent ? -written : written;
        }

        if (mantissa == 0)
        {
            value = negative ? -0f : 0f;
            return i;
        }

        double estimate = mantissa;
        if (exponent >= 0)
        {
            if (exponent > 2 * 22)
            {
                return -1;
            }

            estimate = exponent > 22 ? estimate * PowersOfTen[22] * PowersOfTen[exponent - 22] : estimate * PowersOfTen[exponent];
        }
        else
        {
            if (exponent < -2 * 22)
            {
                return -1;
            }

            estimate = exponent < -22 ? estimate / PowersOfTen[22] / PowersOfTen[-exponent - 22] : estimate / PowersOfTen[-exponent];
        }

        var belowFloat = BitConverter.DoubleToInt64Bits(estimate) & BelowFloatMask;
        if (estimate < SmallestSafe || Math.Abs(belowFloat - Halfway) <= HalfwayMargin)
        {
            return -1;
        }

        value = negative ? -(float)estimate : (float)estimate;
        return i;
    }
}
