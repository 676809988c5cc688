using SampleImportance.Abstractions;

namespace SampleImportance.Suites.Reading;

/// <summary>
/// Every estimator runs with every model it pairs with (all, unless its entry lists <c>models</c>), so what an estimator
/// needs (gradients, checkpoints) each of those models must provide.
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
                var capable = builder.Models.Where(m => Capabilities(context, m).HasFlag(capability)).Select(m => m.Id).ToList();
                var fix = capable.Count == 0
                    ? $"Add a model with {what} and pair this estimator with it through 'models: [id]'."
                    : $"Pair this estimator with models that have them: 'models: [{string.Join(", ", capable)}]'.";
                foreach (var model in builder.Models.Where(m => estimator.PairsWith(m.Id)))
                {
                    if (!Capabilities(context, model).HasFlag(capability))
                    {
                        context.Reader.Error(
                            estimator.Location,
                            $"Estimator '{estimator.Id}' ({estimator.Plugin}) needs {what}, but model '{model.Id}' ({model.Plugin}, line {model.Location.Line}) does not provide them.",
                            fix);
                    }
                }
            }
        }
    }

    private static ModelCapabilities Capabilities(SuiteReadContext context, ModelPlan model) =>
        context.Catalog.Models.First(d => d.Id == model.Plugin).Capabilities;
}
