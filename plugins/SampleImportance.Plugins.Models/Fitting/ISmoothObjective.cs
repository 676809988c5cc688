namespace SampleImportance.Plugins.Models.Fitting;

/// <summary>A twice-differentiable training objective over fixed rows: what the gradient models' Hessian methods need.</summary>
internal interface ISmoothObjective
{
    /// <summary>Writes the gradient and the full Hessian at θ and returns the objective's value.</summary>
    double Derivatives(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian);

    /// <summary>H(θ)·v without forming H.</summary>
    void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> vector, Span<double> product);
}
