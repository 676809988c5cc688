using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.RowScores;

namespace SampleImportance.Plugins.Estimators.GradientScores;

/// <summary>
/// Per-row loss gradients of one model fitted on every training row, and the pieces influence-style estimators share:
/// the validation loss gradient and the projections wᵢ·gᵢᵀu through the compute backend. Gradients of a set are taken in
/// one call because pair-based models (linear-ranker) share a pair's loss among the rows of the same call; memory is
/// n × p doubles.
/// </summary>
internal sealed class GradientTable
{
    // Rows per DotProducts call: keeps cancellation responsive on large sets.
    private const int Tile = 4096;

    private GradientTable(IGradientModel model, double[] gradients, int count)
    {
        Model = model;
        Gradients = gradients;
        Count = count;
    }

    /// <summary>The model, fitted on every training row.</summary>
    public IGradientModel Model { get; }

    /// <summary>p.</summary>
    public int Dimension => Model.ParameterCount;

    /// <summary>Number of training rows.</summary>
    public int Count { get; }

    /// <summary>Row-major n × p per-row loss gradients ∇θ ℓ(zᵢ; θ̂).</summary>
    public double[] Gradients { get; }

    /// <summary>Row i's gradient.</summary>
    public ReadOnlySpan<double> Row(int i) => Gradients.AsSpan(i * Dimension, Dimension);

    /// <summary>Fits the cell's model on every training row and takes every row's gradient.</summary>
    /// <param name="context">The run; its model must have gradients.</param>
    /// <param name="estimator">The estimator's name, for the error message.</param>
    public static GradientTable Fit(EstimationContext context, string estimator)
    {
        var model = FullFit.Model(context) as IGradientModel ?? throw new InvalidOperationException(
            $"{estimator} needs per-sample gradients and Hessian–vector products, and the model '{context.Model.Id}' has none. Use a model with gradients (e.g. logistic-regression or linear-regression).");
        var count = context.Train.Count;
        var gradients = new double[count * model.ParameterCount];
        model.LossGradients(context.Train, FullFit.AllRows(count), gradients);
        return new GradientTable(model, gradients, count);
    }

    /// <summary>
    /// ∇L_val: the gradient of the validation loss, the (data-weighted) mean of the per-row gradients of the model's own
    /// loss over the validation rows, as Koh and Liang (2017) and DataInf's code average them.
    /// </summary>
    public double[] ValidationGradient(SampleSet validation)
    {
        var p = Dimension;
        var mean = new double[p];
        if (validation.Count == 0)
        {
            return mean;
        }

        var gradients = new double[validation.Count * p];
        Model.LossGradients(validation, FullFit.AllRows(validation.Count), gradients);
        var total = 0.0;
        for (var v = 0; v < validation.Count; v++)
        {
            var weight = validation.HasWeights ? validation.Weights[v] : 1.0;
            total += weight;
            var row = gradients.AsSpan(v * p, p);
            for (var a = 0; a < p; a++)
            {
                mean[a] += weight * row[a];
            }
        }

        for (var a = 0; a < p && total > 0; a++)
        {
            mean[a] /= total;
        }

        return mean;
    }

    /// <summary>gᵢᵀu for every training row, through the backend's <see cref="IComputeBackend.DotProducts"/> in tiles.</summary>
    public double[] Dots(IComputeBackend compute, double[] vector, CancellationToken cancellationToken)
    {
        var p = Dimension;
        var dots = new double[Count];
        for (var start = 0; start < Count; start += Tile)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = Math.Min(Tile, Count - start);
            compute.DotProducts(Gradients.AsSpan(start * p, rows * p), rows, vector, 1, p, dots.AsSpan(start, rows));
        }

        return dots;
    }

    /// <summary>
    /// value_i = wᵢ·gᵢᵀu with wᵢ the row's data weight (1 without weights): to first order, removing row i moves the
    /// validation loss by +wᵢ·gᵢᵀH⁻¹∇L_val when u = H⁻¹∇L_val.
    /// </summary>
    public double[] RowValues(EstimationContext context, double[] vector, CancellationToken cancellationToken)
    {
        var values = Dots(context.Compute, vector, cancellationToken);
        if (context.Train.HasWeights)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] *= context.Train.Weights[i];
            }
        }

        return values;
    }
}
