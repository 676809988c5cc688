namespace SampleImportance.Reporting.Output;

/// <summary>
/// Producing or writing a run's reports failed after every cell finished. <see cref="Stage"/> names what failed (e.g.
/// <c>writing leaderboard.md</c>) so the CLI can say so in one line; the cause is the inner exception.
/// </summary>
public sealed class ReportStageException : Exception
{
    public ReportStageException()
        : this("writing the reports", null)
    {
    }

    public ReportStageException(string stage)
        : this(stage, null)
    {
    }

    public ReportStageException(string stage, Exception? innerException)
        : base($"{stage} failed: {Describe(innerException)}", innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        Stage = stage;
    }

    /// <summary>What failed, as a phrase: <c>writing run.json</c>, <c>comparing with the baseline</c>.</summary>
    public string Stage { get; }

    /// <summary><c>Type: message</c> of the cause, on one line.</summary>
    public static string Describe(Exception? exception) => exception is null
        ? "unknown cause"
        : $"{exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}";
}
