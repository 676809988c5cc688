using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SampleImportance.Packages.Tests.Support;

namespace SampleImportance.Packages.Tests;

/// <summary>
/// A team's project that gets the gate by <c>PackageReference</c> alone (the README's lines) and runs the suite through
/// the installed tool before gating, built with <c>dotnet build -nr:false</c>.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class GatePackageTests(PackageFeed feed)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);
    private static readonly ConditionalWeakTable<PackageFeed, string> ExistingReportConsumers = [];

    [Fact]
    public void Unchanged_run_builds_green()
    {
        var project = Consumer(QualitySuite.Text(k: 5));

        var build = Build(project);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(": error ", build.Output, StringComparison.Ordinal);
        Assert.Contains("SampleImportance gate passed", build.Output, StringComparison.Ordinal);
        Assert.Contains("\"passed\": true", File.ReadAllText(Path.Combine(project, "sampleimportance-out", "regression.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Estimator_made_worse_by_a_parameter_builds_red_with_SIG_codes_at_the_gate_line()
    {
        var (project, suite) = RegressedConsumer();

        var build = Build(project);

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains($"{suite}({QualitySuite.GateLine},", build.Output, StringComparison.Ordinal);
        Assert.Matches(@"error SIG00[12]:", build.Output);
        Assert.DoesNotContain("SIG021", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Suite_the_tool_rejects_builds_red_with_SIG021_and_the_tools_own_error()
    {
        var project = Consumer(QualitySuite.Text(k: 5));
        var suite = Path.Combine(project, "quality", "suite.yaml");
        File.WriteAllText(suite, QualitySuite.Text(k: 0));

        var build = Build(project);

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains("error SIG021", build.Output, StringComparison.Ordinal);
        Assert.Contains("exited with 2", build.Output, StringComparison.Ordinal);
        Assert.Contains($"{suite}(11,", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error SIG010", build.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing", "SIG010")]
    [InlineData("empty", "SIG011")]
    [InlineData("truncated", "SIG012")]
    [InlineData("run-json", "SIG013")]
    [InlineData("newer-version", "SIG013")]
    public void Missing_empty_truncated_or_wrong_schema_report_builds_red_with_its_code(string kind, string code)
    {
        var project = ExistingReportConsumer();
        var report = $"{kind}.json";
        switch (kind)
        {
            case "empty":
                File.WriteAllText(Path.Combine(project, report), string.Empty);
                break;
            case "truncated":
                var run = feed.Tool(project, Timeout, "run", "quality/suite.yaml", "--out", "out", "--baseline", "quality/baseline/run.json");
                Assert.True(run.ExitCode == 0, run.ToString());
                var written = File.ReadAllText(Path.Combine(project, "out", "regression.json"));
                File.WriteAllText(Path.Combine(project, report), written[..(written.Length / 2)]);
                break;
            case "run-json":
                // A common mistake: the run's run.json given where regression.json belongs.
                File.Copy(Path.Combine(project, "quality", "baseline", "run.json"), Path.Combine(project, report));
                break;
            case "newer-version":
                File.WriteAllText(Path.Combine(project, report), """{ "schema": "sampleimportance/regression", "schemaVersion": 2, "passed": true, "gates": [] }""");
                break;
            default:
                break;
        }

        var build = Build(project, "-p:SampleImportanceRunSuite=false", $"-p:SampleImportanceReport={report}");

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains($"error {code}:", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SampleImportance gate passed", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_regression_builds_green_with_SIG006_and_red_again_once_the_suppression_expires()
    {
        var (project, suite) = RegressedConsumer();
        var suppressions = Path.Combine(project, "quality", "accepted-regressions.json");
        File.WriteAllText(suppressions, QualitySuite.Suppressions(expires: "2999-12-31"));

        var accepted = Build(project, "-p:SampleImportanceSuppressions=quality/accepted-regressions.json");
        var report = File.ReadAllText(Path.Combine(project, "sampleimportance-out", "regression.json"));
        File.WriteAllText(suppressions, QualitySuite.Suppressions(expires: "2001-01-31"));
        var expired = Build(project, "-p:SampleImportanceSuppressions=quality/accepted-regressions.json");

        // Accepted: a warning at the gate's line, never silence, and the report says suppressed.
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.DoesNotContain(": error ", accepted.Output, StringComparison.Ordinal);
        Assert.Matches($@"{Regex.Escape(suite)}\({QualitySuite.GateLine},\d+\): warning SIG006: .*k: 100 on purpose", accepted.Output);
        Assert.Contains("SampleImportance gate passed", accepted.Output, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"suppressed\"", report, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\": \"fail\"", report, StringComparison.Ordinal);

        // Expired: the regression fails again at the gate's line, and the entry is named at its own line.
        Assert.True(expired.ExitCode != 0, expired.ToString());
        Assert.Matches($@"{Regex.Escape(suite)}\({QualitySuite.GateLine},\d+\): error SIG00[12]:", expired.Output);
        Assert.Matches($@"{Regex.Escape(suppressions)}\({QualitySuite.SuppressionLine}\): warning SIG007: .*expired on 2001-01-31", expired.Output);
        Assert.DoesNotContain("warning SIG006", expired.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SIG021", expired.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// One consumer with a baseline for the builds that gate an existing report: they differ only in
    /// SampleImportanceReport, so its restore and compile are paid once per feed rather than once per case.
    /// </summary>
    private string ExistingReportConsumer() => ExistingReportConsumers.GetValue(feed, _ => Consumer(QualitySuite.Text(k: 5)));

    /// <summary>A consumer whose baseline ran with k = 5 and whose suite now says k = 100: a real quality regression.</summary>
    private (string Project, string Suite) RegressedConsumer()
    {
        var project = Consumer(QualitySuite.Text(k: 5));
        var suite = Path.Combine(project, "quality", "suite.yaml");
        File.WriteAllText(suite, QualitySuite.Text(k: 100));
        return (project, suite);
    }

    /// <summary>The consumer: a class library with the README's lines, its suite and a baseline run made by the tool.</summary>
    private string Consumer(string suiteText)
    {
        var project = feed.NewDirectory("consumer");
        Directory.CreateDirectory(Path.Combine(project, "quality"));
        File.WriteAllText(Path.Combine(project, "quality", "suite.yaml"), suiteText);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <SampleImportanceSuite>quality/suite.yaml</SampleImportanceSuite>
                <SampleImportanceBaseline>quality/baseline/run.json</SampleImportanceBaseline>
                <SampleImportanceRunSuite>true</SampleImportanceRunSuite>
                <SampleImportanceGateOnBuild>true</SampleImportanceGateOnBuild>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SampleImportance.Build" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        var baseline = feed.Tool(project, Timeout, "run", "quality/suite.yaml", "--out", "quality/baseline");
        Assert.True(baseline.ExitCode == 0, baseline.ToString());
        return project;
    }

    private ProcessResult Build(string project, params string[] properties) =>
        feed.Dotnet(project, Timeout, ["build", "-nr:false", "-tl:off", "-nologo", "-v:m", $"-p:SampleImportanceTool={feed.ToolCommand}", .. properties]);
}
