using System.Numerics;
using System.Runtime.InteropServices;

namespace SampleImportance.Plugins.Models.Fitting;

/// <summary>SIMD dot products and scaled additions for the Newton fits' per-row passes (short rows: d + 1 values).</summary>
internal static class VectorMath
{
    /// <summary>Σ a[i]·b[i] over the length of <paramref name="b"/>.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var n = b.Length;
        var i = 0;
        var sum = 0.0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a[..n]);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            var acc = Vector<double>.Zero;
            for (var k = 0; k < vb.Length; k++)
            {
                acc += va[k] * vb[k];
            }

            sum = Vector.Sum(acc);
            i = vb.Length * Vector<double>.Count;
        }

        for (; i < n; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>y[i] += s·x[i] over the length of <paramref name="x"/>.</summary>
    public static void AddScaled(double s, ReadOnlySpan<double> x, Span<double> y)
    {
        var n = x.Length;
        var i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y[..n]);
            var vs = new Vector<double>(s);
            for (var k = 0; k < vx.Length; k++)
            {
                vy[k] += vs * vx[k];
            }

            i = vx.Length * Vector<double>.Count;
        }

        for (; i < n; i++)
        {
            y[i] += s * x[i];
        }
    }
}
