using SampleImportance.Abstractions;

namespace SampleImportance.Suites.Reading;

/// <summary>
/// Every estimator runs with every model, so what an estimator needs (gradients, checkpoints) every model must provide.
/// Retraining and a fitted model are things every model offers.
/// </summary>
internal static class CompatibilityChecker
{
    private static readonly (EstimatorRequirements Need, ModelCapabilities Capability, string What)[] Rules =
    [
        (EstimatorRequirements.Gradients, ModelCapabilities.Gradients, "per-sample gradients"),
        (EstimatorRequirements.Checkpoints, ModelCapabilities.Checkpoints, "training checkpoints"),
    ];

    public static void Check(SuiteReadContext context)
    {
        var builder = context.Builder;
        foreach (var estimator in builder.Estimators)
        {
            var needs = context.Catalog.Estimators.First(d => d.Id == estimator.Plugin).Requirements;
            foreach (var (need, capability, what) in Rules.Where(r => needs.HasFlag(r.Need)))
            {
                foreach (var model in builder.Models)
                {
                    var capabilities = context.Catalog.Models.First(d => d.Id == model.Plugin).Capabilities;
                    if (!capabilities.HasFlag(capability))
                    {
                        context.Reader.Error(
                            estimator.Location,
                            $"Estimator '{estimator.Id}' ({estimator.Plugin}) needs {what}, but model '{model.Id}' ({model.Plugin}, line {model.Location.Line}) does not provide them.",
                            $"Use a model with {what}, or move this estimator to a suite without that model.");
                    }
                }
            }
        }
    }
}
