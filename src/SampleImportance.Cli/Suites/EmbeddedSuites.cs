namespace SampleImportance.Cli.Suites;

/// <summary>Suites shipped inside the tool.</summary>
internal static class EmbeddedSuites
{
    public const string QuickstartName = "embedded:quickstart.yaml";

    public static string Quickstart()
    {
        using var stream = typeof(EmbeddedSuites).Assembly.GetManifestResourceStream("SampleImportance.Cli.Suites.quickstart.yaml")
            ?? throw new InvalidOperationException("The embedded quickstart suite is missing from the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
