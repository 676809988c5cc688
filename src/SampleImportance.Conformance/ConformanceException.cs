namespace SampleImportance.Conformance;

/// <summary>Thrown by <see cref="EstimatorConformance.AssertAsync"/>: the message lists every failed check.</summary>
public sealed class ConformanceException : Exception
{
    /// <summary>Creates the exception for a failed report.</summary>
    /// <param name="report">The report.</param>
    public ConformanceException(ConformanceReport report)
        : base(report?.ToString())
    {
        Report = report;
    }

    /// <summary>Creates the exception.</summary>
    public ConformanceException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ConformanceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConformanceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The failed report, when thrown by the kit.</summary>
    public ConformanceReport? Report { get; }
}
