using SampleImportance.Abstractions;

namespace SampleImportance.Evaluation.Tasks;

/// <summary>The costs the engine records for every cell. Lower is better for both.</summary>
public static class CostMetrics
{
    /// <summary>Name of the median wall time of one estimation, in seconds.</summary>
    public const string TimeMedianName = "time.median";

    /// <summary>Name of the median process CPU time of one estimation, in seconds.</summary>
    public const string TimeCpuMedianName = "time.cpu-median";

    /// <summary>Name of the utility evaluations the quality pass made, as counted by the host.</summary>
    public const string UtilityEvaluationsName = "cost.utility-evaluations";

    /// <summary>Median wall time (BenchmarkDotNet), recorded only when timing is on.</summary>
    public static CostMetric TimeMedian { get; } = new(
        new ResultMetric(TimeMedianName, MetricDirection.LowerIsBetter, ResultMetricRole.Cost, "Median wall time of one estimation (BenchmarkDotNet), in seconds.", "time"),
        NeedsTiming: true);

    /// <summary>
    /// Median process CPU time (all threads, so above wall time for a multithreaded estimator), recorded when timing is
    /// on and each iteration was one invocation. The timing gate to use on a shared machine: it follows the work done,
    /// where wall time follows the CPU share the machine's load leaves.
    /// </summary>
    public static CostMetric TimeCpuMedian { get; } = new(
        new ResultMetric(TimeCpuMedianName, MetricDirection.LowerIsBetter, ResultMetricRole.Cost, "Median process CPU time of one estimation (all threads, BenchmarkDotNet iterations), in seconds.", "time"),
        NeedsTiming: true);

    /// <summary>Utility evaluations, recorded for every succeeded cell.</summary>
    public static CostMetric UtilityEvaluations { get; } = new(
        new ResultMetric(UtilityEvaluationsName, MetricDirection.LowerIsBetter, ResultMetricRole.Cost, "Utility evaluations the quality pass made, counted by the host.", "evals"),
        NeedsTiming: false);
}
