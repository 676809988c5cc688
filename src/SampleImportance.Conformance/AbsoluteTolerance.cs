namespace SampleImportance.Conformance;

/// <summary>Compares doubles within an absolute tolerance, for any test framework's collection equality asserts.</summary>
/// <param name="absolute">The largest difference still equal.</param>
public sealed class AbsoluteTolerance(double absolute) : IEqualityComparer<double>
{
    /// <inheritdoc/>
    public bool Equals(double x, double y) => Math.Abs(x - y) <= absolute;

    /// <inheritdoc/>
    public int GetHashCode(double obj) => 0; // Tolerance is not transitive: no hash can agree with it, so all collide.
}
