using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.RandomBaseline;

/// <summary>
/// The <c>random</c> baseline: seeded uniform values in [0, 1), one per unit, from
/// <see cref="EstimationContext.CreateRandom"/>. Model-free and parameterless, so it needs no options class. Any
/// estimator worth running beats it.
/// </summary>
public sealed class RandomEstimator : IEstimator
{
    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "random",
        "Baseline: seeded uniform random values; any useful estimator should beat it.",
        EstimatorRequirements.None,
        ValueUnits.Rows | ValueUnits.Groups,
        []);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var random = context.CreateRandom();
        var values = new double[context.Units.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.NextDouble();
        }

        context.Progress?.Report(1.0);
        return Task.FromResult(new ImportanceResult(values, notes: ["Uniform random values in [0, 1)."]));
    }
}
