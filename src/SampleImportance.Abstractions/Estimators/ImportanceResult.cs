namespace SampleImportance.Abstractions;

/// <summary>The outcome of one estimator run. Its cost (utility evaluations, time) is counted by the host, never reported here.</summary>
public sealed class ImportanceResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="values">One value per unit of <see cref="EstimationContext.Units"/>, higher = more valuable.</param>
    /// <param name="standardErrors">Optional standard error per value (Monte Carlo methods).</param>
    /// <param name="notes">Free-form notes, e.g. why sampling stopped.</param>
    public ImportanceResult(double[] values, double[]? standardErrors = null, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (standardErrors is not null && standardErrors.Length != values.Length)
        {
            throw new ArgumentException("Expected one standard error per value.", nameof(standardErrors));
        }

        Values = values;
        StandardErrors = standardErrors;
        Notes = notes ?? [];
    }

    /// <summary>One value per unit, higher = more valuable.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Standard error per value, or null.</summary>
    public IReadOnlyList<double>? StandardErrors { get; }

    /// <summary>Notes, e.g. the stopping reason.</summary>
    public IReadOnlyList<string> Notes { get; }
}
