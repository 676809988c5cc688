using System.Globalization;
using System.Xml.Linq;

namespace SampleImportance.Reporting.Gates.Ci;

/// <summary>
/// A regression report as JUnit XML, which every CI system shows as tests: one <c>testcase</c> per gate check,
/// with a <c>failure</c> (type = the SIG code) when it fails under the policy, <c>skipped</c> when it is suppressed
/// or an inconclusive the policy lets through, and nothing when it passed. Report warnings go to <c>system-out</c>.
/// </summary>
public static class JUnitXml
{
    /// <summary>The XML document.</summary>
    public static XDocument Create(RegressionReport report, GateFailurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(policy);
        var cases = report.Gates.Select(o => Case(report, o, policy)).ToList();
        var failures = report.Gates.Count(policy.Fails);
        var skipped = report.Gates.Count(o => !policy.Fails(o) && o.Status != GateStatus.Pass);
        var suite = new XElement("testsuite",
            new XAttribute("name", report.Suite.Name),
            new XAttribute("tests", report.Gates.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", 0),
            new XAttribute("skipped", skipped),
            new XAttribute("timestamp", report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
            cases);
        if (report.Warnings is { Count: > 0 } warnings)
        {
            suite.Add(new XElement("system-out", string.Join("\n", warnings.Select(w => $"{w.Code}: {w.Message} ({w.File}:{w.Line.ToString(CultureInfo.InvariantCulture)})"))));
        }

        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites",
                new XAttribute("name", "sampleimportance"),
                new XAttribute("tests", report.Gates.Count),
                new XAttribute("failures", failures),
                new XAttribute("errors", 0),
                new XAttribute("skipped", skipped),
                suite));
    }

    /// <summary>Writes the XML to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, RegressionReport report, GateFailurePolicy policy) =>
        AtomicFile.WriteAllText(path, Text(report, policy));

    /// <summary>The XML text, with its declaration.</summary>
    public static string Text(RegressionReport report, GateFailurePolicy policy)
    {
        var document = Create(report, policy);
        return document.Declaration + "\n" + document.Root + "\n";
    }

    private static XElement Case(RegressionReport report, GateOutcome outcome, GateFailurePolicy policy)
    {
        var selection = $"{outcome.Dataset ?? "*"}/{outcome.Corruption ?? "*"}/{outcome.Model ?? "*"}/{outcome.Estimator ?? "*"}";
        var element = new XElement("testcase",
            new XAttribute("classname", $"{report.Suite.Name}.{outcome.Metric}"),
            new XAttribute("name", $"{outcome.Check.SuiteName()} {selection}"),
            new XAttribute("file", outcome.File),
            new XAttribute("line", outcome.Line));
        if (policy.Fails(outcome))
        {
            element.Add(new XElement("failure",
                new XAttribute("message", outcome.Message),
                new XAttribute("type", outcome.Code ?? GateCodes.Inconclusive),
                $"{outcome.File}:{outcome.Line.ToString(CultureInfo.InvariantCulture)}: {outcome.Code}: {outcome.Message}"));
        }
        else if (outcome.Status != GateStatus.Pass)
        {
            element.Add(new XElement("skipped", new XAttribute("message", $"{outcome.Code}: {outcome.Message}")));
        }

        return element;
    }
}
