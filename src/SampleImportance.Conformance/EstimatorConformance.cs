using SampleImportance.Abstractions;

namespace SampleImportance.Conformance;

/// <summary>
/// Runs the conformance checks over an estimator, a fresh instance per run (as the host creates one per cell). Use
/// <see cref="RunAsync"/> to get the failures as data, or <see cref="AssertAsync"/> in any test framework:
/// <code>
/// [Fact]
/// public Task My_estimator_conforms() =>
///     EstimatorConformance.AssertAsync(() => new MyEstimator(), new ConformanceOptions { Orientation = true });
/// </code>
/// </summary>
public static class EstimatorConformance
{
    /// <summary>Runs every applicable check and reports each failure.</summary>
    /// <param name="createEstimator">Creates a fresh instance.</param>
    /// <param name="options">Which checks apply (default: <see cref="ConformanceOptions"/>'s defaults).</param>
    /// <param name="setup">Model, metric and backend (default: <see cref="ConformanceSetup.Reference"/>).</param>
    public static async Task<ConformanceReport> RunAsync(Func<IEstimator> createEstimator, ConformanceOptions? options = null, ConformanceSetup? setup = null)
    {
        ArgumentNullException.ThrowIfNull(createEstimator);
        var descriptor = createEstimator().Describe();
        var harness = new Harness(createEstimator, descriptor, options ?? new ConformanceOptions(), setup ?? ConformanceSetup.Reference);
        var recorder = new Recorder();
        var capabilities = harness.Model.Capabilities;
        var missing = Missing(descriptor.Requirements, capabilities);
        if (missing is not null)
        {
            recorder.Check("setup", [$"the estimator needs {missing}, which the setup's model does not declare: pass a ConformanceSetup whose model has it"]);
            return new ConformanceReport(descriptor.Id, recorder.Checks, recorder.Failures);
        }

        await ContractChecks.RunAsync(harness, recorder).ConfigureAwait(false);
        await StopChecks.RunAsync(harness, recorder).ConfigureAwait(false);
        await AxiomChecks.RunAsync(harness, recorder).ConfigureAwait(false);
        await ExactChecks.RunAsync(harness, recorder).ConfigureAwait(false);
        return new ConformanceReport(descriptor.Id, recorder.Checks, recorder.Failures);
    }

    /// <summary>Runs every applicable check and throws <see cref="ConformanceException"/> listing all failures, if any.</summary>
    /// <param name="createEstimator">Creates a fresh instance.</param>
    /// <param name="options">Which checks apply.</param>
    /// <param name="setup">Model, metric and backend.</param>
    /// <returns>The passing report.</returns>
    public static async Task<ConformanceReport> AssertAsync(Func<IEstimator> createEstimator, ConformanceOptions? options = null, ConformanceSetup? setup = null)
    {
        var report = await RunAsync(createEstimator, options, setup).ConfigureAwait(false);
        return report.Passed ? report : throw new ConformanceException(report);
    }

    private static string? Missing(EstimatorRequirements requirements, ModelCapabilities capabilities) =>
        requirements.HasFlag(EstimatorRequirements.Gradients) && !capabilities.HasFlag(ModelCapabilities.Gradients) ? "gradients"
        : requirements.HasFlag(EstimatorRequirements.Checkpoints) && !capabilities.HasFlag(ModelCapabilities.Checkpoints) ? "checkpoints"
        : null;
}
