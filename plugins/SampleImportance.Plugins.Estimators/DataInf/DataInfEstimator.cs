using System.Globalization;
using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.GradientScores;
using SampleImportance.Plugins.Estimators.RowScores;

namespace SampleImportance.Plugins.Estimators.DataInf;

/// <summary>
/// The <c>datainf</c> estimator: DataInf (Kwon, Wu, Wu and Zou 2024, "DataInf: Efficiently Estimating Data Influence in
/// LoRA-tuned LLMs and Diffusion Models"; code github.com/ykwon0407/DataInf, src/influence.py compute_hvp_proposed).
/// It replaces the Hessian by the mean gradient outer product G = (1/n)Σ gᵢgᵢᵀ and swaps inverse and mean:
/// (G + λI)⁻¹v ≈ (1/(nλ))Σᵢ (v − (gᵢᵀv)/(λ + ‖gᵢ‖²)·gᵢ), each term an exact Sherman–Morrison inverse of gᵢgᵢᵀ + λI, so the
/// whole estimate costs O(n·p). Our single-layer models are one "layer". λ = 0.1 × mean ‖gᵢ‖²/p as in their code. Their
/// IF = −gᵢᵀ(G + λI)⁻¹∇L_val; value = −IF/n × the row's weight, the same orientation and units as <c>influence</c> (the
/// mean-based G is the summed Hessian over n): higher = removing the row hurts validation more. A group's value is its
/// rows' sum. No utility is evaluated.
/// </summary>
public sealed class DataInfEstimator : IEstimator
{
    private const string Name = "datainf";

    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        Name,
        "DataInf (Kwon et al. 2024): influence with the closed-form inverse of the gradient outer-product Hessian approximation, O(n·p).",
        EstimatorRequirements.FittedModel | EstimatorRequirements.Gradients,
        ValueUnits.Rows | ValueUnits.Groups,
        DataInfOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = DataInfOptions.Binder.Bind(context.Parameters);
        cancellationToken.ThrowIfCancellationRequested();
        var table = GradientTable.Fit(context, Name);
        var v = table.ValidationGradient(context.Validation);
        var (inverse, lambda) = InverseProduct(table, v, options.LambdaFactor, context.Compute, cancellationToken);
        context.Progress?.Report(0.5);
        var rowValues = table.RowValues(context, inverse, cancellationToken);
        for (var i = 0; i < rowValues.Length; i++)
        {
            rowValues[i] /= table.Count;
        }

        context.Progress?.Report(1.0);
        var units = context.Units.IsRows ? "" : "; a unit's value is its rows' sum";
        return Task.FromResult(new ImportanceResult(
            UnitSums.Of(context.Units, rowValues),
            notes: [string.Create(CultureInfo.InvariantCulture, $"value = gᵢᵀ(G + λI)⁻¹∇L_val / n with DataInf's closed-form inverse, λ = {lambda:G6}{units}.")]));
    }

    /// <summary>
    /// (1/λ)·(v − (1/n)Σᵢ cᵢgᵢ), cᵢ = gᵢᵀv/(λ + ‖gᵢ‖²): DataInf's (1/(nλ))Σᵢ(v − cᵢgᵢ), and λ. All gradients zero (a perfect
    /// fit) leave λ = 0; every value is then 0, so the zero vector is returned.
    /// </summary>
    internal static (double[] Inverse, double Lambda) InverseProduct(GradientTable table, double[] v, double lambdaFactor, IComputeBackend compute, CancellationToken cancellationToken)
    {
        var n = table.Count;
        var p = table.Dimension;
        var squaredNorms = new double[n];
        var meanSquare = 0.0;
        for (var i = 0; i < n; i++)
        {
            var row = table.Row(i);
            squaredNorms[i] = VectorMath.Dot(row, row);
            meanSquare += squaredNorms[i] / p;
        }

        var lambda = n > 0 ? lambdaFactor * meanSquare / n : 0.0;
        var inverse = new double[p];
        if (!(lambda > 0))
        {
            return (inverse, lambda);
        }

        var dots = table.Dots(compute, v, cancellationToken);
        for (var i = 0; i < n; i++)
        {
            var c = dots[i] / (lambda + squaredNorms[i]);
            var row = table.Row(i);
            for (var a = 0; a < p; a++)
            {
                inverse[a] -= c * row[a];
            }
        }

        for (var a = 0; a < p; a++)
        {
            inverse[a] = (v[a] + (inverse[a] / n)) / lambda;
        }

        return (inverse, lambda);
    }
}
