namespace SampleImportance.Conformance;

/// <summary>Collects which checks ran and which failed, in order.</summary>
internal sealed class Recorder
{
    private readonly List<string> _checks = [];
    private readonly List<ConformanceFailure> _failures = [];

    public IReadOnlyList<string> Checks => _checks;

    public IReadOnlyList<ConformanceFailure> Failures => _failures;

    public void Ran(string check) => _checks.Add(check);

    public void Fail(string check, string message) => _failures.Add(new ConformanceFailure(check, message));

    /// <summary>Records <paramref name="check"/> as run, failing it with each problem.</summary>
    public void Check(string check, IEnumerable<string> problems)
    {
        Ran(check);
        foreach (var problem in problems)
        {
            Fail(check, problem);
        }
    }
}
