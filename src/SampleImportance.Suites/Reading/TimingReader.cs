using System.Globalization;
using SampleImportance.Suites.Yaml;
using SampleImportance.Validation.Parameters;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads <c>timing:</c>; absent keys keep <see cref="TimingPlan.Default"/>.</summary>
internal static class TimingReader
{
    // The runner times with BenchmarkDotNet's monitoring strategy only; the key exists so suites say so explicitly.
    private const string Monitoring = "monitoring";

    private static readonly string[] Keys = ["enabled", "strategy", "iterations", "warmup"];

    public static void Read(MappingView suite, SuiteReadContext context)
    {
        var reader = context.Reader;
        var node = suite.Optional("timing");
        var timing = node is null ? null : reader.Mapping(node, "timing", Keys, "timing: { strategy: monitoring, iterations: 3, warmup: 0 }");
        if (timing is null)
        {
            return;
        }

        var plan = TimingPlan.Default;
        if (timing.Optional("enabled") is { } enabledNode && reader.Boolean(enabledNode, "timing.enabled") is { } enabled)
        {
            plan = plan with { Enabled = enabled };
        }

        if (timing.Optional("strategy") is { } strategyNode && reader.Text(strategyNode, "timing.strategy") is { } strategy && strategy != Monitoring)
        {
            reader.Error(strategyNode, $"Unknown timing strategy '{strategy}'.", NameSuggester.Fix(strategy, [Monitoring], "Strategies"));
        }

        if (ReadCount(timing, "iterations", 1, reader) is { } iterations)
        {
            plan = plan with { Iterations = iterations };
        }

        if (ReadCount(timing, "warmup", 0, reader) is { } warmup)
        {
            plan = plan with { Warmup = warmup };
        }

        context.Builder.Timing = plan;
    }

    private static int? ReadCount(MappingView timing, string key, int minimum, NodeReader reader)
    {
        if (timing.Optional(key) is not { } node || reader.Int32(node, timing.Child(key)) is not { } value)
        {
            return null;
        }

        if (value >= minimum)
        {
            return value;
        }

        reader.Error(node, $"'{timing.Child(key)}' must be at least {minimum.ToString(CultureInfo.InvariantCulture)}, not {value.ToString(CultureInfo.InvariantCulture)}.", $"Write a count of {minimum.ToString(CultureInfo.InvariantCulture)} or more.");
        return null;
    }
}
