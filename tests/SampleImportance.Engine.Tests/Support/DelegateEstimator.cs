using SampleImportance.Abstractions;

namespace SampleImportance.Engine.Tests.Support;

/// <summary>An estimator whose descriptor and values are given; it records every context it is run with.</summary>
internal sealed class DelegateEstimator(EstimatorDescriptor descriptor, Func<EstimationContext, CancellationToken, double[]> run, List<EstimationContext>? seen = null) : IEstimator
{
    public DelegateEstimator(string id, EstimatorRequirements requirements, Func<EstimationContext, CancellationToken, double[]> run, ValueUnits units = ValueUnits.Rows | ValueUnits.Groups)
        : this(new EstimatorDescriptor(id, "test", requirements, units, []), run)
    {
    }

    public EstimatorDescriptor Describe() => descriptor;

    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        if (seen is not null)
        {
            lock (seen)
            {
                seen.Add(context);
            }
        }

        return Task.FromResult(new ImportanceResult(run(context, cancellationToken)));
    }
}
