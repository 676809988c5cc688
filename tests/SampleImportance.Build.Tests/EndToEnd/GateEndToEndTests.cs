using SampleImportance.Build.Tests.Support;

namespace SampleImportance.Build.Tests.EndToEnd;

/// <summary>
/// The gate as users run it: <c>dotnet build</c> of a consumer project that imports the repository's .props and
/// .targets, with the task in a TaskHostFactory host. One build per case, so keep this list short; cases about the
/// report alone run only the gate target, without restore or compile (it needs neither).
/// </summary>
public sealed class GateEndToEndTests : IClassFixture<ConsumerProject>
{
    private readonly ConsumerProject _consumer;

    public GateEndToEndTests(ConsumerProject consumer)
    {
        _consumer = consumer;
        Assert.True(
            File.Exists(consumer.TaskAssembly),
            $"The gate task is missing at {consumer.TaskAssembly}; building this test project should have copied it there.");
    }

    [Fact]
    public void Build_with_gate_on_and_passing_report_succeeds()
    {
        var report = _consumer.WriteFile("passing.json", ReportJson.Passing().ToJsonString());

        var result = _consumer.Build("-p:SampleImportanceGateOnBuild=true", $"-p:SampleImportanceReport={report}");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("SampleImportance gate passed", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error SIG", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_gate_on_and_failing_report_fails_with_SIG002_at_the_suite_line()
    {
        var suite = Path.Combine(_consumer.Directory, "suite.yaml");
        var gate = ReportJson.FailingMaxDrop();
        gate["file"] = suite;
        // Relative to the project directory, as a CI script would usually pass it.
        _consumer.WriteFile("failing.json", ReportJson.Report(false, ReportJson.Gate(), gate).ToJsonString());

        var result = _consumer.Build("-p:SampleImportanceGateOnBuild=true", "-p:SampleImportanceReport=failing.json");

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains($"{suite}(12,5): error SIG002:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_gate_off_does_not_run_the_gate()
    {
        var report = _consumer.WriteFile("ignored.json", ReportJson.Failing().ToJsonString());

        var result = _consumer.Build($"-p:SampleImportanceReport={report}");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("SIG0", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SampleImportance gate", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_suite_passes_the_timing_reference_folder_to_the_tool()
    {
        // A stand-in tool that records its arguments: the test is about the command line the targets build.
        var recorded = Path.Combine(_consumer.Directory, "tool-arguments.txt");
        var tool = _consumer.WriteFile("record-arguments.sh", $"printf '%s\\n' \"$@\" >> '{recorded}'\nexit 0\n");

        _consumer.Build(
            "-t:SampleImportanceRunSuite",
            "--no-restore",
            "-p:SampleImportanceRunSuite=true",
            "-p:SampleImportanceSuite=suite.yaml",
            "-p:SampleImportanceBaseline=baseline/run.json",
            "-p:SampleImportanceTimingReference=base/plugins",
            $"-p:SampleImportanceTool=sh {tool}");

        var arguments = File.ReadAllLines(recorded);
        var at = Array.IndexOf(arguments, "--timing-reference");
        Assert.True(at > 0, string.Join(' ', arguments));
        Assert.Equal("run", arguments[0]);
        Assert.Equal(Path.Combine(_consumer.Directory, "base", "plugins"), arguments[at + 1]);
    }

    [Theory]
    [InlineData("inconclusive", "SIG004")]
    [InlineData("missing", "SIG010")]
    [InlineData("empty", "SIG011")]
    [InlineData("truncated", "SIG012")]
    [InlineData("wrong-schema", "SIG013")]
    public void Gate_target_on_a_bad_report_fails_with_its_code(string kind, string code)
    {
        var name = kind + ".json";
        var passing = ReportJson.Passing().ToJsonString();
        switch (kind)
        {
            case "inconclusive":
                _consumer.WriteFile(name, ReportJson.Inconclusive().ToJsonString());
                break;
            case "empty":
                _consumer.WriteFile(name, string.Empty);
                break;
            case "truncated":
                _consumer.WriteFile(name, passing[..(passing.Length - 20)]);
                break;
            case "wrong-schema":
                _consumer.WriteFile(name, passing.Replace("sampleimportance/regression", "sampleimportance/run", StringComparison.Ordinal));
                break;
            default:
                break;
        }

        var result = _consumer.Build("-t:SampleImportanceGate", "--no-restore", $"-p:SampleImportanceReport={name}");

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains($"error {code}:", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SuppressionsJson.Active, true)]
    [InlineData(SuppressionsJson.Expired, false)]
    public void Gate_target_judges_an_existing_report_by_SampleImportanceSuppressions(string expires, bool green)
    {
        var name = $"failing-{expires}.json";
        var accepted = $"accepted-{expires}.json";
        _consumer.WriteFile(name, ReportJson.Failing().ToJsonString());
        var file = _consumer.WriteFile(accepted, SuppressionsJson.One(expires));

        // Relative to the project directory, like the other path properties.
        var result = _consumer.Build("-t:SampleImportanceGate", "--no-restore", $"-p:SampleImportanceReport={name}", $"-p:SampleImportanceSuppressions={accepted}");

        Assert.True(result.ExitCode == 0 == green, result.ToString());
        if (green)
        {
            Assert.Contains($"{ReportJson.SuiteFile}(12,5): warning SIG006:", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("error SIG", result.Output, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"{ReportJson.SuiteFile}(12,5): error SIG002:", result.Output, StringComparison.Ordinal);
            Assert.Contains($"{file}(3): warning SIG007:", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Gate_target_without_the_task_assembly_fails_with_SIG016()
    {
        var report = _consumer.WriteFile("present.json", ReportJson.Passing().ToJsonString());
        var absent = Path.Combine(_consumer.Directory, "no-such-folder", "SampleImportance.Build.Tasks.dll");

        var result = _consumer.Build(
            "-t:SampleImportanceGate", "--no-restore", $"-p:SampleImportanceReport={report}", $"-p:SampleImportanceBuildTasksAssembly={absent}");

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("error SIG016:", result.Output, StringComparison.Ordinal);
    }
}
