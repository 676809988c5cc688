namespace SampleImportance.Abstractions;

/// <summary>The outcome of one estimator run.</summary>
public sealed class ImportanceResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="values">One value per training row, higher = more valuable.</param>
    /// <param name="standardErrors">Optional standard error per value (Monte Carlo methods).</param>
    /// <param name="utilityEvaluations">Utility evaluations the run used.</param>
    /// <param name="notes">Free-form notes, e.g. why sampling stopped.</param>
    public ImportanceResult(double[] values, double[]? standardErrors = null, long utilityEvaluations = 0, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (standardErrors is not null && standardErrors.Length != values.Length)
        {
            throw new ArgumentException("Expected one standard error per value.", nameof(standardErrors));
        }

        Values = values;
        StandardErrors = standardErrors;
        UtilityEvaluations = utilityEvaluations;
        Notes = notes ?? [];
    }

    /// <summary>One value per training row, higher = more valuable.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Standard error per value, or null.</summary>
    public IReadOnlyList<double>? StandardErrors { get; }

    /// <summary>Utility evaluations used.</summary>
    public long UtilityEvaluations { get; }

    /// <summary>Notes, e.g. the stopping reason.</summary>
    public IReadOnlyList<string> Notes { get; }
}
