namespace SampleImportance.Plugins.Models.Fitting;

/// <summary>
/// The <see cref="Abstractions.IGradientModel"/> Hessian methods every Newton-fitted model shares: argument checks, then the
/// objective over the given rows at the fitted θ (disposed afterwards when it pools buffers).
/// </summary>
internal static class ObjectiveDerivatives
{
    /// <summary>product = H(θ)·vector.</summary>
    public static void HessianVectorProduct(ISmoothObjective objective, ReadOnlySpan<double> theta, ReadOnlySpan<double> vector, Span<double> product)
    {
        using var owned = objective as IDisposable;
        FitMath.CheckLength(vector.Length, theta.Length, nameof(vector));
        FitMath.CheckLength(product.Length, theta.Length, nameof(product));
        objective.HessianVectorProduct(theta, vector, product);
    }

    /// <summary>Writes the full p × p Hessian at θ.</summary>
    public static void Hessian(ISmoothObjective objective, ReadOnlySpan<double> theta, Span<double> hessian)
    {
        using var owned = objective as IDisposable;
        FitMath.CheckLength(hessian.Length, theta.Length * theta.Length, nameof(hessian));
        objective.Derivatives(theta, new double[theta.Length], hessian);
    }
}
