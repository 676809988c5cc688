namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Central finite differences of a scalar function of θ: the independent reference for analytic derivatives.</summary>
internal static class FiniteDifferences
{
    /// <summary>∂f/∂θⱼ ≈ (f(θ + h·eⱼ) − f(θ − h·eⱼ)) / 2h for every j; error O(h²).</summary>
    public static double[] Gradient(Func<double[], double> f, double[] theta, double h = 1e-6)
    {
        var gradient = new double[theta.Length];
        for (var j = 0; j < theta.Length; j++)
        {
            gradient[j] = (f(Shift(theta, j, h)) - f(Shift(theta, j, -h))) / (2 * h);
        }

        return gradient;
    }

    /// <summary>
    /// (H·v)ⱼ = ∂²f/∂θⱼ∂v from f alone, by the mixed central difference
    /// [f(θ + ε(v + eⱼ)) − f(θ + ε(v − eⱼ)) − f(θ − ε(v − eⱼ)) + f(θ − ε(v + eⱼ))] / 4ε²; error O(ε²).
    /// </summary>
    public static double[] HessianVector(Func<double[], double> f, double[] theta, double[] v, double epsilon = 1e-4)
    {
        var product = new double[theta.Length];
        for (var j = 0; j < theta.Length; j++)
        {
            double At(double along, double across)
            {
                var point = (double[])theta.Clone();
                for (var k = 0; k < point.Length; k++)
                {
                    point[k] += epsilon * along * v[k];
                }

                point[j] += epsilon * across;
                return f(point);
            }

            product[j] = (At(1, 1) - At(1, -1) - At(-1, 1) + At(-1, -1)) / (4 * epsilon * epsilon);
        }

        return product;
    }

    private static double[] Shift(double[] theta, int j, double h)
    {
        var shifted = (double[])theta.Clone();
        shifted[j] += h;
        return shifted;
    }
}
