namespace SampleImportance.Kernels.Tests;

/// <summary>The plain scalar oracle for dot products: k in order, multiply then add, in double.</summary>
internal static class ReferenceDotProducts
{
    public static double[] Compute(double[] left, int leftRows, double[] right, int rightRows, int width)
    {
        var products = new double[leftRows * rightRows];
        for (var i = 0; i < leftRows; i++)
        {
            for (var j = 0; j < rightRows; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < width; k++)
                {
                    var product = left[(i * width) + k] * right[(j * width) + k];
                    sum += product;
                }

                products[(i * rightRows) + j] = sum;
            }
        }

        return products;
    }

    /// <summary>Values over about 40 binary orders of magnitude and both signs, so any change of summation order shows.</summary>
    public static double[] Values(int seed, int count)
    {
        var rng = new Random(seed);
        var values = new double[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (rng.NextDouble() - 0.5) * Math.ScaleB(1.0, rng.Next(-20, 20));
        }

        return values;
    }

    /// <summary>Bit patterns, so the comparison is exact (not approximately equal, not -0 == +0).</summary>
    public static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();
}
