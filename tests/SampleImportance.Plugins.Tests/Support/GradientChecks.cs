using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>Checks of a gradient model's second-order members against finite differences of an independently written objective.</summary>
internal static class GradientChecks
{
    /// <summary>θ of a fitted model.</summary>
    public static double[] Theta(IGradientModel model)
    {
        var theta = new double[model.ParameterCount];
        model.CopyParameters(theta);
        return theta;
    }

    /// <summary>
    /// Asserts that H·v matches the mixed central differences of <paramref name="objective"/> at θ (relative 1e-4), that the
    /// full Hessian is written, symmetric, and times v gives the same product (1e-9).
    /// </summary>
    public static void AssertHessianVectorProduct(IGradientModel model, SampleSet data, int[] rows, double[] vector, Func<double[], double> objective)
    {
        var theta = Theta(model);
        var p = theta.Length;
        var product = new double[p];
        var hessian = new double[p * p];

        model.HessianVectorProduct(data, rows, vector, product);
        Assert.True(model.TryComputeHessian(data, rows, hessian));

        var numeric = FiniteDifferences.HessianVector(objective, theta, vector);
        for (var a = 0; a < p; a++)
        {
            Assert.Equal(numeric[a], product[a], 1e-4 * (1 + Math.Abs(numeric[a])));
            var row = 0.0;
            for (var b = 0; b < p; b++)
            {
                row += hessian[(a * p) + b] * vector[b];
                Assert.Equal(hessian[(a * p) + b], hessian[(b * p) + a]);
            }

            Assert.Equal(product[a], row, 1e-9);
        }
    }
}
