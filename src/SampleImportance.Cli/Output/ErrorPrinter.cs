using SampleImportance.Validation;

namespace SampleImportance.Cli.Output;

/// <summary>Prints validation problems compiler-style to standard error.</summary>
internal static class ErrorPrinter
{
    public static void Print(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            System.Console.Error.WriteLine(error.ToString());
        }
    }
}
