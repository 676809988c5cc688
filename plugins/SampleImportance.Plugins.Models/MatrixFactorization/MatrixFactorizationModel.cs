using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.MatrixFactorization;

/// <summary>BPR-MF (see <see cref="MatrixFactorizationModelFactory"/>). Deterministic given the seed and the fitted rows.</summary>
internal sealed class MatrixFactorizationModel : IModel
{
    public const string UserColumn = "user";
    public const string ItemColumn = "item";

    // Standard deviation of the initial factors: small, so early steps are driven by the data, not by the draw.
    private const double InitialScale = 0.1;

    private readonly MatrixFactorizationOptions _options;
    private readonly int _seed;
    private Dictionary<int, int> _users = [];
    private Dictionary<int, int> _items = [];
    private double[] _userFactors = [];
    private double[] _itemFactors = [];
    private double[] _itemBias = [];

    public MatrixFactorizationModel(MatrixFactorizationOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _seed = seed;
    }

    /// <summary>Two class scores: not preferred, preferred.</summary>
    public int Outputs => 2;

    public void Fit(SampleSet data, ReadOnlySpan<int> rows, ReadOnlySpan<double> weights, IModel? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var userIds = IdColumn(data, UserColumn);
        var itemIds = IdColumn(data, ItemColumn);
        var f = _options.Factors;

        // Items come from the whole table, so an item seen only as a sampled negative still gets pushed down;
        // users only from the fitted interactions, so a user without any keeps a zero vector (item bias only).
        _items = Index(itemIds.ToArray());
        var positives = new List<(int User, int Item)>();
        _users = [];
        var seen = new List<HashSet<int>>();
        foreach (var row in rows)
        {
            if (data.Labels[row] <= 0)
            {
                continue;
            }

            if (!_users.TryGetValue(userIds[row], out var user))
            {
                _users[userIds[row]] = user = _users.Count;
                seen.Add([]);
            }

            var item = _items[itemIds[row]];
            positives.Add((user, item));
            seen[user].Add(item);
        }

        var random = new Random(_seed);
        _userFactors = Initial(_users.Count * f, random);
        _itemFactors = Initial(_items.Count * f, random);
        _itemBias = new double[_items.Count];
        if (positives.Count == 0)
        {
            return;
        }

        for (var epoch = 0; epoch < _options.Epochs; epoch++)
        {
            for (var step = 0; step < positives.Count; step++)
            {
                var (user, item) = positives[random.Next(positives.Count)];
                if (SampleNegative(seen[user], random) is { } negative)
                {
                    Step(user, item, negative);
                }
            }
        }
    }

    public void Predict(SampleSet data, Span<double> predictions)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (predictions.Length != data.Count * Outputs)
        {
            throw new ArgumentException($"Expected {data.Count} × {Outputs} predictions, got a span of {predictions.Length}.", nameof(predictions));
        }

        var userIds = IdColumn(data, UserColumn);
        var itemIds = IdColumn(data, ItemColumn);
        var f = _options.Factors;
        for (var row = 0; row < data.Count; row++)
        {
            var x = 0.0;
            if (_items.TryGetValue(itemIds[row], out var item))
            {
                x = _itemBias[item];
                if (_users.TryGetValue(userIds[row], out var user))
                {
                    x += Dot(_userFactors.AsSpan(user * f, f), _itemFactors.AsSpan(item * f, f));
                }
            }

            var preferred = 1.0 / (1.0 + Math.Exp(-x));
            predictions[row * 2] = 1.0 - preferred;
            predictions[(row * 2) + 1] = preferred;
        }
    }

    private static ReadOnlySpan<int> IdColumn(SampleSet data, string name) => data.HasColumn(name)
        ? data.Column(name)
        : throw new ArgumentException($"matrix-factorization reads the '{UserColumn}' and '{ItemColumn}' id columns, but the data has no '{name}' column (it has: {string.Join(", ", data.ColumnNames)}). Use a source with user and item ids, e.g. synthetic/implicit-feedback.", nameof(data));

    /// <summary>Distinct ids in ascending order → 0, 1, 2, …: the numbering never depends on row order.</summary>
    private static Dictionary<int, int> Index(int[] ids)
    {
        var distinct = ids.Distinct().Order().ToArray();
        var index = new Dictionary<int, int>(distinct.Length);
        for (var i = 0; i < distinct.Length; i++)
        {
            index[distinct[i]] = i;
        }

        return index;
    }

    private static double[] Initial(int length, Random random)
    {
        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            // Box–Muller from NextDouble only, whose seeded sequence .NET keeps stable.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            values[i] = InitialScale * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }

        return values;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }

    /// <summary>A uniform item the user has not interacted with; null when it interacted with every item (tries bounded).</summary>
    private int? SampleNegative(HashSet<int> seen, Random random)
    {
        if (seen.Count >= _items.Count)
        {
            return null;
        }

        while (true)
        {
            var item = random.Next(_items.Count);
            if (!seen.Contains(item))
            {
                return item;
            }
        }
    }

    /// <summary>One ascent step on ln σ(x_ui − x_uj) − λ/2 ‖θ‖² (Rendle et al. 2009, LearnBPR).</summary>
    private void Step(int user, int item, int negative)
    {
        var f = _options.Factors;
        var lr = _options.LearningRate;
        var l2 = _options.L2;
        var p = _userFactors.AsSpan(user * f, f);
        var qi = _itemFactors.AsSpan(item * f, f);
        var qj = _itemFactors.AsSpan(negative * f, f);
        var x = _itemBias[item] - _itemBias[negative];
        for (var k = 0; k < f; k++)
        {
            x += p[k] * (qi[k] - qj[k]);
        }

        var g = 1.0 / (1.0 + Math.Exp(x)); // σ(−x): how wrong the pair is ranked
        for (var k = 0; k < f; k++)
        {
            var pu = p[k];
            p[k] += lr * ((g * (qi[k] - qj[k])) - (l2 * pu));
            qi[k] += lr * ((g * pu) - (l2 * qi[k]));
            qj[k] += lr * ((-g * pu) - (l2 * qj[k]));
        }

        _itemBias[item] += lr * (g - (l2 * _itemBias[item]));
        _itemBias[negative] += lr * (-g - (l2 * _itemBias[negative]));
    }
}
