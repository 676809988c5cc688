namespace SampleImportance.Conformance.Tests.Kit;

/// <summary>One rule of the estimator contract that <see cref="SamplingShapleyEstimator"/> breaks on purpose.</summary>
public enum Breach
{
    None,
    WrongLength,
    NotFinite,
    Inverted,
    IgnoresSeed,
    IgnoresCancellation,
    WrapsBudget,
}
