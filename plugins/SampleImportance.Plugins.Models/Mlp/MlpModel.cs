using SampleImportance.Abstractions;
using SampleImportance.Plugins.Models.Fitting;

namespace SampleImportance.Plugins.Models.Mlp;

/// <summary>
/// The <c>mlp</c> model (see <see cref="MlpModelFactory"/>): SGD on the objective Σ wᵢℓᵢ + λ/2·‖W‖² divided by n, so a
/// step on batch B is θ ← θ − η·((1/|B|)·Σ_B wᵢ∇ℓᵢ + (λ/n)·W). Gradients are in <c>MlpModel.Gradients.cs</c>.
/// </summary>
internal sealed partial class MlpModel : IGradientModel
{
    public const string ModelName = "mlp";

    private readonly MlpOptions _options;
    private readonly int _seed;

    // A checkpoint: a copy at one epoch that can differentiate and predict but not be refitted.
    private readonly bool _frozen;

    private MlpNetwork? _network;
    private double[]? _theta;
    private TrainingCheckpoint[] _checkpoints = [];

    public MlpModel(MlpOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _seed = seed;
    }

    private MlpModel(MlpOptions options, MlpNetwork network, double[] theta)
        : this(options, 0)
    {
        _frozen = true;
        _network = new MlpNetwork(network.Features, network.Hidden, network.Classes);
        _theta = theta;
    }

    /// <summary>One probability per class of the last fit's training table (at least 2); 2 before the first fit.</summary>
    public int Outputs => _network?.Classes ?? 2;

    /// <summary>
    /// Trains from Glorot-uniform weights, or from <paramref name="warmStart"/>'s parameters when it is a fitted mlp of the
    /// same shape. With no rows or no weight the output layer is zeroed, so the model predicts the uniform distribution.
    /// </summary>
    public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (_frozen)
        {
            throw new InvalidOperationException("A training checkpoint is a frozen copy; fit a model from the factory instead.");
        }

        if (!weights.IsEmpty && weights.Length != rows.Length)
        {
            throw new ArgumentException("Expected one weight per row.", nameof(weights));
        }

        var classes = ClassMath.ClassesOf(data, ModelName);
        var d = data.FeatureCount;
        var network = new MlpNetwork(d, _options.Hidden, classes);
        var n = rows.Length;
        var x = new double[n * d];
        var y = new int[n];
        var w = new double[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            y[i] = ClassMath.CheckedClass(data, rows[i], classes, ModelName);
            w[i] = FitMath.CheckedWeight(weights, i);
            total += w[i];
            ClassMath.Widen(data.Row(rows[i]), x.AsSpan(i * d, d));
        }

        var random = new Random(_seed);
        var theta = warmStart is MlpModel { _theta: { } start, _network: { } shape } && shape.Features == d && shape.Hidden == network.Hidden && shape.Classes == classes
            ? start.ToArray()
            : network.Initial(random);
        _network = network;
        _theta = theta;
        _checkpoints = [];
        if (total <= 0)
        {
            network.ClearOutputLayer(theta);
            return;
        }

        _checkpoints = Train(network, theta, x, y, w, random);
    }

    /// <summary>Writes the class probabilities per row.</summary>
    public void Predict(SampleSet data, Span<double> predictions)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (network, theta) = Fitted(data);
        FitMath.CheckLength(predictions.Length, data.Count * network.Classes, nameof(predictions));
        var row = new double[network.Features];
        for (var i = 0; i < data.Count; i++)
        {
            ClassMath.Widen(data.Row(i), row);
            network.Forward(theta, row);
            network.Probabilities.CopyTo(predictions.Slice(i * network.Classes, network.Classes));
        }
    }

    /// <summary>The epochs after which a checkpoint is kept: ⌈j·E/k⌉ for j = 1..k, k = min(checkpoints, E).</summary>
    internal static int[] CheckpointEpochs(int epochs, int checkpoints)
    {
        var kept = Math.Min(epochs, checkpoints);
        return Enumerable.Range(1, kept).Select(j => (int)(((long)j * epochs + kept - 1) / kept)).ToArray();
    }

    private TrainingCheckpoint[] Train(MlpNetwork network, double[] theta, double[] x, int[] y, double[] w, Random random)
    {
        var n = y.Length;
        var d = network.Features;
        var order = Enumerable.Range(0, n).ToArray();
        var gradient = new double[theta.Length];
        var decay = _options.L2 / n;
        var rate = _options.LearningRate;
        var keep = CheckpointEpochs(_options.Epochs, _options.Checkpoints);
        var checkpoints = new List<TrainingCheckpoint>(keep.Length);
        for (var epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            // Fisher–Yates with the model's own stream: the same seed visits rows in the same order.
            for (var i = n - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            for (var start = 0; start < n; start += _options.BatchSize)
            {
                var count = Math.Min(_options.BatchSize, n - start);
                Array.Clear(gradient);
                for (var b = start; b < start + count; b++)
                {
                    var row = x.AsSpan(order[b] * d, d);
                    network.Forward(theta, row);
                    network.AddGradient(theta, row, y[order[b]], w[order[b]] / count, gradient);
                }

                for (var j = 0; j < theta.Length; j++)
                {
                    theta[j] -= rate * (gradient[j] + (network.IsWeight(j) ? decay * theta[j] : 0.0));
                }
            }

            if (keep.Contains(epoch))
            {
                checkpoints.Add(new TrainingCheckpoint(epoch, rate, new MlpModel(_options, network, theta.ToArray())));
            }
        }

        return [.. checkpoints];
    }

    private (MlpNetwork Network, double[] Theta) Fitted(SampleSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (_network is null || _theta is null)
        {
            throw new InvalidOperationException("The model has not been fitted.");
        }

        if (data.FeatureCount != _network.Features)
        {
            throw new ArgumentException($"The model was fitted on {_network.Features} features, the data has {data.FeatureCount}.", nameof(data));
        }

        return (_network, _theta);
    }
}
