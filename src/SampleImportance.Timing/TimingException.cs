namespace SampleImportance.Timing;

/// <summary>BenchmarkDotNet could not time a cell (validation error, failed or timed-out run).</summary>
public sealed class TimingException : Exception
{
    public TimingException()
    {
    }

    public TimingException(string message)
        : base(message)
    {
    }

    public TimingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
