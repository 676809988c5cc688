using System.Diagnostics;
using System.Reflection;
using SampleImportance.Engine.Running;

namespace SampleImportance.Cli.Commands;

/// <summary>BenchmarkDotNet refuses to time non-optimised code; say so before a run starts, not after.</summary>
internal static class BuildFlavor
{
    public const string AllowDebugTimingVariable = "SAMPLEIMPORTANCE_ALLOW_DEBUG_TIMING";

    public static bool IsOptimized =>
        typeof(SuiteRunner).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;

    /// <summary>Tests run the Debug build and set the variable; nobody else should.</summary>
    public static bool AllowDebugTiming => Environment.GetEnvironmentVariable(AllowDebugTimingVariable) == "1";
}
