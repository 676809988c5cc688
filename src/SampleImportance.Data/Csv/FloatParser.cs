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

        // The common case first: at most 19 digits, which fit a ulong without any bookkeeping per digit.
        var digitsStart = i;
        ulong mantissa = 0;
        for (; i < text.Length && (uint)(text[i] - '0') <= 9; i++)
        {
            mantissa = (mantissa * 10) + (uint)(text[i] - '0');
        }

        var exponent = 0;
        var digits = i - digitsStart;
        if (i < text.Length && text[i] == (byte)'.')
        {
            i++;
            var fractionStart = i;
            for (; i < text.Length && (uint)(text[i] - '0') <= 9; i++)
            {
                mantissa = (mantissa * 10) + (uint)(text[i] - '0');
            }

            exponent = fractionStart - i;
            digits += i - fractionStart;
        }

        if (digits > MaxDigits)
        {
            (mantissa, exponent) = LongMantissa(text, digitsStart);
        }

        if (digits == 0 || !ReadExponent(text, ref i, ref exponent) || !TryRound(mantissa, exponent, out value))
        {
            return -1;
        }

        value = negative ? -value : value;
        return i;
    }

    /// <summary>The first 19 significant digits (leading zeros do not count) and the power of ten that scales them.</summary>
    private static (ulong Mantissa, int Exponent) LongMantissa(ReadOnlySpan<byte> text, int i)
    {
        ulong mantissa = 0;
        var significant = 0;
        var exponent = 0;
        var fraction = false;
        for (; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                if (text[i] != (byte)'.' || fraction)
                {
                    break;
                }

                fraction = true;
                continue;
            }

            if (significant < MaxDigits)
            {
                mantissa = (mantissa * 10) + digit;
                significant += mantissa == 0 ? 0 : 1;
                exponent -= fraction ? 1 : 0;
            }
            else
            {
                // A dropped integer digit still scales the value; the truncation error is below 1e-18 relative.
                exponent += fraction ? 0 : 1;
            }
        }

        return (mantissa, exponent);
    }

    /// <summary>Adds an optional <c>e</c>/<c>E</c> exponent at <paramref name="i"/>; false when the marker has no digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool ReadExponent(ReadOnlySpan<byte> text, ref int i, ref int exponent)
    {
        if (i >= text.Length || text[i] is not ((byte)'e' or (byte)'E'))
        {
            return true;
        }

        i++;
        var negative = false;
        if (i < text.Length && text[i] is (byte)'-' or (byte)'+')
        {
            negative = text[i] == (byte)'-';
            i++;
        }

        var exponentStart = i;
        var written = 0;
        for (; i < text.Length && (uint)(text[i] - '0') <= 9; i++)
        {
            // Past 100,000 the value is zero or infinite whatever follows; stop growing so it cannot overflow.
            written = written < 100_000 ? (written * 10) + (text[i] - '0') : written;
        }

        exponent += negative ? -written : written;
        return i > exponentStart;
    }

    /// <summary>The float nearest mantissa × 10^exponent (non-negative), or false when the estimate cannot tell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryRound(ulong mantissa, int exponent, out float value)
    {
        value = 0;
        if (mantissa == 0)
        {
            return true;
        }

        double estimate = mantissa;
        if (exponent >= 0)
        {
            if (exponent > 2 * 22)
            {
                return false;
            }

            estimate = exponent > 22 ? estimate * PowersOfTen[22] * PowersOfTen[exponent - 22] : estimate * PowersOfTen[exponent];
        }
        else
        {
            if (exponent < -2 * 22)
            {
                return false;
            }

            estimate = exponent < -22 ? estimate / PowersOfTen[22] / PowersOfTen[-exponent - 22] : estimate / PowersOfTen[-exponent];
        }

        var belowFloat = BitConverter.DoubleToInt64Bits(estimate) & BelowFloatMask;
        if (estimate < SmallestSafe || Math.Abs(belowFloat - Halfway) <= HalfwayMargin)
        {
            return false;
        }

        value = (float)estimate;
        return true;
    }
}
