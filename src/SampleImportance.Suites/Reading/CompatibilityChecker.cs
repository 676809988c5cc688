using SampleImportance.Abstractions;

namespace SampleImportance.Suites.Reading;

/// <summary>Every estimator runs with every model, so an estimator needing gradients needs every model to provide them.</summary>
internal static class CompatibilityChecker
{
    public static void Check(SuiteReadContext context)
    {
        var builder = context.Builder;
        foreach (var estimator in builder.Estimators)
        {
            var needs = context.Catalog.Estimators.First(d => d.Id == estimator.Plugin).Requirements;
            if (!needs.HasFlag(EstimatorRequirements.Gradients))
            {
                continue;
            }

            foreach (var model in builder.Models)
            {
                var capabilities = context.Catalog.Models.First(d => d.Id == model.Plugin).Capabilities;
                if (!capabilities.HasFlag(ModelCapabilities.Gradients))
                {
                    context.Reader.Error(
                        estimator.Location,
                        $"Estimator '{estimator.Id}' ({estimator.Plugin}) needs per-sample gradients, but model '{model.Id}' ({model.Plugin}, line {model.Location.Line}) does not provide them.",
                        "Use a model with gradients, or move this estimator to a suite without that model.");
                }
            }
        }
    }
}
