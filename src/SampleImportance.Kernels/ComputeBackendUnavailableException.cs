namespace SampleImportance.Kernels;

/// <summary>
/// Thrown when a compute device that was asked for by name (<c>cuda</c>, <c>opencl</c>) is not present or
/// cannot be started (no device, no driver, driver too old). The message says which and why.
/// </summary>
public sealed class ComputeBackendUnavailableException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ComputeBackendUnavailableException()
        : base("The requested compute backend is not available on this machine.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was asked for and why it cannot be had.</param>
    public ComputeBackendUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the driver or ILGPU error behind it.</summary>
    /// <param name="message">What was asked for and why it cannot be had.</param>
    /// <param name="innerException">The underlying failure.</param>
    public ComputeBackendUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
