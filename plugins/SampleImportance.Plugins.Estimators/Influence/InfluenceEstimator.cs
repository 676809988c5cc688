using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.GradientScores;
using SampleImportance.Plugins.Estimators.RowScores;

namespace SampleImportance.Plugins.Estimators.Influence;

/// <summary>
/// The <c>influence</c> estimator: influence functions (Koh and Liang 2017, "Understanding Black-box Predictions via
/// Influence Functions"). Their I_up,loss(z, z_val) = −∇ℓ(z_val)ᵀH⁻¹∇ℓ(z) is the rate at which upweighting z changes the
/// validation loss; removing z is upweighting by −1, so to first order it raises the validation loss by
/// value(z) = −I_up,loss = ∇L_valᵀ(H + λI)⁻¹∇ℓ(z) (times z's weight), and a helpful row, whose removal hurts, scores
/// high. ∇L_val is the mean validation gradient of the model's own loss (not the utility metric); H is the Hessian of
/// its summed training objective at the fit on every row. (H + λI)⁻¹∇L_val is solved once (exact, cg or LiSSA), then
/// each row's value is one dot product through the compute backend; a group's value is its rows' sum (first-order
/// effects add). No utility is evaluated.
/// </summary>
public sealed class InfluenceEstimator : IEstimator
{
    private const string Name = "influence";

    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        Name,
        "Influence functions (Koh & Liang 2017): ∇L_valᵀ(H + λI)⁻¹∇ℓᵢ, the first-order rise in validation loss when row i is removed; exact Hessian, conjugate gradient or LiSSA.",
        EstimatorRequirements.FittedModel | EstimatorRequirements.Gradients,
        ValueUnits.Rows | ValueUnits.Groups,
        InfluenceOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = InfluenceOptions.Binder.Bind(context.Parameters);
        cancellationToken.ThrowIfCancellationRequested();
        var table = GradientTable.Fit(context, Name);
        var validationGradient = table.ValidationGradient(context.Validation);
        var hessian = new DampedHessian(table.Model, context.Train, FullFit.AllRows(context.Train.Count), options.Damping);
        var inverse = Solve(hessian, validationGradient, options, context, cancellationToken);
        context.Progress?.Report(0.5);
        var values = UnitSums.Of(context.Units, table.RowValues(context, inverse.Solution, cancellationToken));
        context.Progress?.Report(1.0);
        var units = context.Units.IsRows ? "" : "; a unit's value is its rows' sum";
        return Task.FromResult(new ImportanceResult(
            values,
            notes: [$"value = ∇L_valᵀ(H + λI)⁻¹∇ℓᵢ (first-order rise in mean validation loss when the row is removed){units}.", inverse.Note + "."]));
    }

    private static InverseProduct Solve(DampedHessian hessian, double[] vector, InfluenceOptions options, EstimationContext context, CancellationToken cancellationToken)
    {
        switch (options.Solver)
        {
            case InfluenceOptions.Exact:
                return ExactSolver.TrySolve(hessian, vector) ?? throw new InvalidOperationException(
                    $"influence: the model '{context.Model.Id}' does not write its Hessian for p = {hessian.Dimension}. Use solver=cg or solver=lissa.");
            case InfluenceOptions.Lissa:
                return LissaSolver.Solve(hessian, vector, options, context.CreateRandom(), cancellationToken);
            case InfluenceOptions.Auto when hessian.Dimension <= InfluenceOptions.AutoExactLimit:
                return ExactSolver.TrySolve(hessian, vector) ?? ConjugateGradient(hessian, vector, options, cancellationToken);
            default:
                return ConjugateGradient(hessian, vector, options, cancellationToken);
        }
    }

    private static InverseProduct ConjugateGradient(DampedHessian hessian, double[] vector, InfluenceOptions options, CancellationToken cancellationToken) =>
        ConjugateGradientSolver.Solve(hessian, vector, options.CgTolerance, options.CgMaxIterations, cancellationToken);
}
