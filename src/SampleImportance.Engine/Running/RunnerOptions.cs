using SampleImportance.Hosting;
using SampleImportance.Abstractions;
using SampleImportance.Timing;

namespace SampleImportance.Engine.Running;

/// <summary>How <see cref="SuiteRunner"/> runs a plan.</summary>
public sealed class RunnerOptions
{
    /// <summary>The compute backend every estimator gets (required).</summary>
    public required IComputeBackend Compute { get; init; }

    /// <summary>Progress sink (default: none).</summary>
    public IRunObserver Observer { get; init; } = NullRunObserver.Instance;

    /// <summary>Where each cell's values and finished result go as soon as they exist (default: nowhere; the CLI writes
    /// <c>values/*.csv</c> and <c>cells/*.json</c>).</summary>
    public ICellSink? Cells { get; init; }

    /// <summary>Clock for start/finish stamps and budgets (default: the system clock).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Lets BenchmarkDotNet time a Debug build (default false; tests only).</summary>
    public bool AllowDebugTiming { get; init; }

    /// <summary>Times the cells of a suite with timing on (default: <see cref="BenchmarkTimer"/>, BenchmarkDotNet in process).</summary>
    public IEstimatorTimer Timer { get; init; } = new BenchmarkTimer();

    /// <summary>
    /// Plugins of a reference build (e.g. the base branch's) to time beside each cell's estimator, iteration by iteration
    /// in this process (default: none). A cell whose estimator id is not among them is timed without a reference, with a
    /// note. Models the reference lacks come from the run's own catalog. Timing gates judge the interleaved reference
    /// when every cell of a row has one: on a shared machine that is the only comparison the machine's drift cannot fake.
    /// </summary>
    public IPluginCatalog? TimingReference { get; init; }

    /// <summary>How <see cref="TimingReference"/> is named in results (default "reference"; the CLI passes its directory).</summary>
    public string TimingReferenceSource { get; init; } = "reference";

    /// <summary>Extra time a cell gets past its seconds budget to return what it has before it is abandoned (default 5 s).</summary>
    public TimeSpan BudgetGrace { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Version written into run.json (default: the Engine assembly's informational version).</summary>
    public string ToolVersion { get; init; } =
        typeof(RunnerOptions).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0";
}
