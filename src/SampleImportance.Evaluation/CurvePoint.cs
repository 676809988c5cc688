namespace SampleImportance.Evaluation;

/// <summary>One point of a removal curve: the test utility after removing <see cref="Fraction"/> of the training rows.</summary>
public sealed record CurvePoint(double Fraction, double Utility);
