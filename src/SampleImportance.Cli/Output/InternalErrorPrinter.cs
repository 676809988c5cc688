using SampleImportance.Reporting.Output;

namespace SampleImportance.Cli.Output;

/// <summary>
/// Reports an unexpected exception (a bug, not bad input) on standard error: one line naming the exception and, when
/// known, where the finished work is; the stack trace only with <c>--verbose</c>, since a user needs the name to report it
/// and CI logs need no 40-line trace.
/// </summary>
internal static class InternalErrorPrinter
{
    /// <summary>Prints <paramref name="exception"/> and returns <see cref="ExitCodes.InternalError"/>.</summary>
    /// <param name="exception">What escaped.</param>
    /// <param name="verbose">Also print the stack trace.</param>
    /// <param name="saved">Where finished work is, e.g. <c>the 12 finished cells are in out/cells</c>, or null.</param>
    public static int Print(Exception exception, bool verbose, string? saved = null)
    {
        var cause = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        var tail = saved is null ? string.Empty : "; " + saved;
        var hint = verbose ? string.Empty : " (run again with --verbose for the stack trace)";
        System.Console.Error.WriteLine($"error: internal error: {ReportStageException.Describe(cause)}{tail}{hint}");
        if (verbose)
        {
            System.Console.Error.WriteLine(exception.ToString());
        }

        return ExitCodes.InternalError;
    }
}
