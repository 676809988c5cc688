using System.Text.RegularExpressions;
using SampleImportance.Engine.Results;
using SampleImportance.Reporting;
using SampleImportance.Tests.Shared;
using SampleImportance.Timing;

namespace SampleImportance.Reporting.Tests.Reports;

/// <summary>run.json keeps timing.cpuSamplesSeconds and cpuMedianSeconds, and still reads files written before them.</summary>
public sealed partial class RunJsonCpuTimingTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    internal static RunResult WithCpu()
    {
        var cell = TestRuns.Cell("knn-shapley", 1, new Dictionary<string, double> { ["time.median"] = 0.2 });
        return TestRuns.Run([cell with { Timing = cell.Timing! with { CpuSamplesSeconds = [0.15 * 0.95, 0.15, 0.15 * 1.05] } }]);
    }

    internal static RunResult WithReference()
    {
        var cell = TestRuns.Cell("knn-shapley", 1, new Dictionary<string, double> { ["time.median"] = 0.2 });
        return TestRuns.Run([cell with
        {
            Timing = cell.Timing! with
            {
                CpuSamplesSeconds = [0.15 * 0.95, 0.15, 0.15 * 1.05],
                Reference = new ReferenceTiming("/ci/base/plugins", [0.19, 0.2, 0.21], [0.14, 0.15, 0.16]),
            },
        }]);
    }

    [Fact]
    public void The_interleaved_reference_round_trips()
    {
        var path = temp.File("run.json");
        RunJson.Write(path, WithReference());
        var text = File.ReadAllText(path);

        var back = RunJson.Read(path).Cells[0].Timing!.Reference!;

        Assert.Contains("\"reference\": {", text, StringComparison.Ordinal);
        Assert.Equal("/ci/base/plugins", back.Source);
        Assert.Equal([0.19, 0.2, 0.21], back.SamplesSeconds);
        Assert.Equal([0.14, 0.15, 0.16], back.CpuSamplesSeconds);
        Assert.Equal(text, RunJson.Serialize(RunJson.Read(path)));
    }

    [Fact]
    public void Cpu_samples_and_their_median_round_trip()
    {
        var path = temp.File("run.json");
        RunJson.Write(path, WithCpu());
        var text = File.ReadAllText(path);

        var back = RunJson.Read(path).Cells[0].Timing!;

        Assert.Contains("\"cpuSamplesSeconds\": [", text, StringComparison.Ordinal);
        Assert.Contains("\"cpuMedianSeconds\": 0.15", text, StringComparison.Ordinal);
        Assert.Equal([0.15 * 0.95, 0.15, 0.15 * 1.05], back.CpuSamplesSeconds);
        Assert.Equal(0.15, back.CpuMedianSeconds);
        Assert.Equal(text, RunJson.Serialize(RunJson.Read(path)));
    }

    [Fact]
    public void An_older_run_json_without_cpu_time_reads_with_none()
    {
        var text = RunJson.Serialize(WithCpu());
        var older = CpuMembers().Replace(text, string.Empty);
        Assert.DoesNotContain("cpuSamplesSeconds", older, StringComparison.Ordinal);
        Assert.DoesNotContain("cpuMedianSeconds", older, StringComparison.Ordinal);
        var path = temp.File("old.json");
        File.WriteAllText(path, older);

        var timing = RunJson.Read(path).Cells[0].Timing!;

        Assert.Null(timing.CpuSamplesSeconds);
        Assert.Null(timing.CpuMedianSeconds);
        Assert.Equal(3, timing.SamplesSeconds.Count);
    }

    [Fact]
    public void A_non_finite_cpu_sample_is_rejected_naming_the_cell()
    {
        var cell = WithCpu().Cells[0];
        var bad = TestRuns.Run([cell with { Timing = cell.Timing! with { CpuSamplesSeconds = [0.1, double.NaN] } }]);

        var error = Assert.Throws<ArgumentException>(() => RunJson.Serialize(bad));

        Assert.Contains("CPU time sample", error.Message, StringComparison.Ordinal);
        Assert.Contains(cell.Key.Id, error.Message, StringComparison.Ordinal);
    }

    // The timing's CPU members with the comma before each (they are never an object's first member).
    [GeneratedRegex(""",\s*"(cpuSamplesSeconds|cpuMedianSeconds)": (\[[^\]]*\]|[^,\n]*)""")]
    private static partial Regex CpuMembers();
}
