using SampleImportance.Validation;

namespace SampleImportance.Reporting.Gates;

/// <summary>
/// Which outcomes fail the build: <c>regression;inconclusive</c> (the default: a gate that cannot decide is not a
/// pass) or <c>regression</c> (inconclusive outcomes become warnings). Set by <c>compare --fail-on</c> and the MSBuild
/// property <c>SampleImportanceFailOn</c>. A report with no outcome at all always fails.
/// </summary>
/// <param name="Regression">Fail on <see cref="GateStatus.Fail"/>.</param>
/// <param name="Inconclusive">Fail on <see cref="GateStatus.Inconclusive"/>.</param>
public sealed record GateFailurePolicy(bool Regression, bool Inconclusive)
{
    /// <summary><c>regression;inconclusive</c>.</summary>
    public static GateFailurePolicy Default { get; } = new(true, true);

    /// <summary>Parses a <c>;</c>- or <c>,</c>-separated list of <c>regression</c> and <c>inconclusive</c>; empty means the default.</summary>
    /// <exception cref="InputException">An unknown word.</exception>
    public static GateFailurePolicy Parse(string? text, string source = "--fail-on")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        bool regression = false, inconclusive = false;
        foreach (var word in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (word.ToLowerInvariant())
            {
                case "regression":
                    regression = true;
                    break;
                case "inconclusive":
                    inconclusive = true;
                    break;
                default:
                    throw new InputException(new ValidationError(
                        $"'{word}' is not an outcome the gate can fail on.", new SourceLocation(source), "Use regression;inconclusive (the default) or regression."));
            }
        }

        return new GateFailurePolicy(regression, inconclusive);
    }

    /// <summary>Whether <paramref name="outcome"/> fails under this policy.</summary>
    public bool Fails(GateOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Status switch
        {
            GateStatus.Fail => Regression,
            GateStatus.Inconclusive => Inconclusive,
            _ => false,
        };
    }

    /// <summary>Whether the report fails: an outcome fails, or there is no outcome at all.</summary>
    public bool Fails(RegressionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Gates.Count == 0 || report.Gates.Any(Fails);
    }
}
