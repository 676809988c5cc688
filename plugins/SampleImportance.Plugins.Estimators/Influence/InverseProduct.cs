namespace SampleImportance.Plugins.Estimators.Influence;

/// <summary>x ≈ (H + λI)⁻¹·v from one of the solvers, with a line for the run's notes saying how it was found.</summary>
/// <param name="Solution">x, p long.</param>
/// <param name="Note">Solver, iterations and residual.</param>
internal sealed record InverseProduct(double[] Solution, string Note);
