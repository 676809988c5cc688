using SampleImportance.Abstractions;
using SampleImportance.Plugins.Estimators.RowScores;

namespace SampleImportance.Plugins.Estimators.TracIn;

/// <summary>
/// The <c>tracin</c> estimator: TracInCP of Pruthi et al. 2020, value_i = Σₜ ηₜ·Σ_v sim(∇ℓ(zᵢ; θₜ), ∇ℓ(z_v; θₜ)) over the
/// checkpoints θₜ (step size ηₜ) of one model fitted on every training row, v over the validation rows. A gradient step
/// on zᵢ changes the validation loss by about −ηₜ·∇ℓ(zᵢ)·Σ_v∇ℓ(z_v), so a positive value means zᵢ lowered it: higher =
/// more valuable. Gradients are unweighted, as in the paper. Since Σ_v a·b_v = a·Σ_v b_v, each checkpoint sums the
/// (normalised, for cosine) validation gradients once and takes the backend's dot products of train-gradient tiles with
/// that one vector: O((n_train + n_val)·p) per checkpoint, never a train × validation matrix. A group's value is the sum
/// of its rows' (TracIn is additive to first order). No utility is evaluated and nothing is random.
/// </summary>
public sealed class TracInEstimator : IEstimator
{
    // Rows per gradient tile: keeps the buffer at Tile × p doubles for wide models.
    private const int Tile = 256;

    /// <inheritdoc/>
    public EstimatorDescriptor Describe() => new(
        "tracin",
        "TracInCP (Pruthi et al. 2020): Σ over the model's training checkpoints of ηₜ·Σ_val ∇ℓ(train; θₜ)·∇ℓ(val; θₜ), dot or cosine; rows whose gradient steps lowered the validation loss score high.",
        EstimatorRequirements.FittedModel | EstimatorRequirements.Gradients | EstimatorRequirements.Checkpoints,
        ValueUnits.Rows | ValueUnits.Groups,
        TracInOptions.Binder.Descriptors);

    /// <inheritdoc/>
    public Task<ImportanceResult> EstimateAsync(EstimationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = TracInOptions.Binder.Bind(context.Parameters);
        var cosine = options.Similarity == TracInOptions.CosineName;
        cancellationToken.ThrowIfCancellationRequested();
        var fitted = FullFit.Model(context);
        var model = fitted as IGradientModel ?? throw new InvalidOperationException(
            $"tracin needs per-sample gradients, and the model '{context.Model.Id}' has none. Use a model with gradients and checkpoints (e.g. mlp or logistic-regression).");
        var checkpoints = model.Checkpoints;
        if (checkpoints.Count == 0)
        {
            throw new InvalidOperationException(
                $"tracin sums over training checkpoints, and the fitted '{context.Model.Id}' recorded none (an empty or one-class fit records none).");
        }

        var rowValues = new double[context.Train.Count];
        for (var t = 0; t < checkpoints.Count; t++)
        {
            var checkpoint = checkpoints[t];
            var direction = ValidationSum(checkpoint.Model, context.Validation, cosine, cancellationToken);
            AddProducts(checkpoint.Model, context.Train, direction, checkpoint.StepSize, cosine, context.Compute, rowValues, cancellationToken);
            context.Progress?.Report((t + 1.0) / checkpoints.Count);
        }

        var note = $"value = Σ over {checkpoints.Count} checkpoints of ηₜ·Σ_val {(cosine ? "cos(∇ℓ_train, ∇ℓ_val)" : "∇ℓ_train·∇ℓ_val")} (TracInCP){(context.Units.IsRows ? "" : "; a unit's value is its rows' sum")}.";
        return Task.FromResult(new ImportanceResult(UnitSums.Of(context.Units, rowValues), notes: [note]));
    }

    /// <summary>Σ_v ∇ℓ(z_v; θₜ), each term scaled to unit length for cosine.</summary>
    private static double[] ValidationSum(IGradientModel model, SampleSet validation, bool cosine, CancellationToken cancellationToken)
    {
        var p = model.ParameterCount;
        var sum = new double[p];
        ForEachTile(model, validation, cosine, cancellationToken, (gradients, count) =>
        {
            for (var j = 0; j < count; j++)
            {
                var row = gradients.AsSpan(j * p, p);
                for (var k = 0; k < p; k++)
                {
                    sum[k] += row[k];
                }
            }
        });
        return sum;
    }

    /// <summary>values[i] += η·(∇ℓ(zᵢ; θₜ)·direction), the products taken by the backend one tile of train rows at a time.</summary>
    private static void AddProducts(IGradientModel model, SampleSet train, double[] direction, double stepSize, bool cosine, IComputeBackend compute, double[] values, CancellationToken cancellationToken)
    {
        var p = model.ParameterCount;
        var products = new double[Tile];
        var start = 0;
        ForEachTile(model, train, cosine, cancellationToken, (gradients, count) =>
        {
            compute.DotProducts(gradients.AsSpan(0, count * p), count, direction, 1, p, products.AsSpan(0, count));
            for (var j = 0; j < count; j++)
            {
                values[start + j] += stepSize * products[j];
            }

            start += count;
        });
    }

    /// <summary>Hands the per-sample gradients of <paramref name="data"/> to <paramref name="use"/>, Tile rows at a time, normalised for cosine.</summary>
    private static void ForEachTile(IGradientModel model, SampleSet data, bool cosine, CancellationToken cancellationToken, Action<double[], int> use)
    {
        var p = model.ParameterCount;
        var rows = new int[Tile];
        var gradients = new double[Tile * p];
        for (var start = 0; start < data.Count; start += Tile)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(Tile, data.Count - start);
            for (var j = 0; j < count; j++)
            {
                rows[j] = start + j;
            }

            model.LossGradients(data, rows.AsSpan(0, count), gradients.AsSpan(0, count * p));
            if (cosine)
            {
                for (var j = 0; j < count; j++)
                {
                    Normalise(gradients.AsSpan(j * p, p));
                }
            }

            use(gradients, count);
        }
    }

    // Scales to unit length; a zero gradient stays zero (its cosine counts 0).
    private static void Normalise(Span<double> gradient)
    {
        var sum = 0.0;
        foreach (var g in gradient)
        {
            sum += g * g;
        }

        if (sum > 0)
        {
            var scale = 1.0 / Math.Sqrt(sum);
            for (var k = 0; k < gradient.Length; k++)
            {
                gradient[k] *= scale;
            }
        }
    }
}
