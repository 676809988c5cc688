using System.Globalization;
using System.Text;
using SampleImportance.Abstractions;
using SampleImportance.Engine.Utility;
using SampleImportance.Evaluation.Metrics;
using SampleImportance.Kernels;
using SampleImportance.Plugins.Models.Logistic;
using SampleImportance.Sdk.MonteCarlo;
using SampleImportance.Sdk.Sampling;
using SampleImportance.Sdk.Semivalues;
using SampleImportance.Sdk.Stopping;

namespace SampleImportance.Benchmarks.TmcShapley;

/// <summary>
/// Issue 8's retraining protocol: TMC-Shapley (no truncation) with <c>logistic-regression</c> (defaults: λ = 1, Newton to
/// 1e-8 × total weight) scored by mean validation log-likelihood, on a seeded synthetic set of 400 training rows × 30
/// features and 200 validation rows. Every run goes through the host's <see cref="CachedUtility"/> with a fresh cache,
/// so nothing carries over between runs; a run of P permutations requests P·(n − 1) + 2 evaluations.
/// </summary>
public sealed class TmcProtocol
{
    /// <summary>Training rows (players).</summary>
    public const int TrainRows = 400;

    /// <summary>Validation rows.</summary>
    public const int ValidationRows = 200;

    /// <summary>Features.</summary>
    public const int Features = 30;

    /// <summary>Seed of the data and of the permutations.</summary>
    public const int Seed = 20260801;

    private static readonly LogisticRegressionModelFactory Factory = new();

    private TmcProtocol(SampleSet train, SampleSet validation)
    {
        Train = train;
        Validation = validation;
    }

    /// <summary>The training rows.</summary>
    public SampleSet Train { get; }

    /// <summary>The validation rows.</summary>
    public SampleSet Validation { get; }

    /// <summary>Evaluations requested by a run of <paramref name="permutations"/> permutations.</summary>
    public static long EvaluationsPer(int permutations) => ((long)permutations * (TrainRows - 1)) + 2;

    /// <summary>
    /// The data: standard normal features, labels drawn from σ(βᵀx + noise) with a fixed β of norm ≈ 2, so the classes
    /// overlap and every prefix's fit is finite.
    /// </summary>
    public static TmcProtocol Create()
    {
        var random = new Random(Seed);
        var beta = new double[Features];
        for (var f = 0; f < Features; f++)
        {
            beta[f] = Gaussian(random) * 2.0 / Math.Sqrt(Features);
        }

        return new TmcProtocol(Rows(random, beta, TrainRows), Rows(random, beta, ValidationRows));
    }

    /// <summary>Runs TMC-Shapley for <paramref name="permutations"/> permutations, cold or warm-started, and returns the values.</summary>
    public MonteCarloResult Run(int permutations, bool warmStart)
    {
        var modelContext = new ModelContext
        {
            Parameters = PluginParameters.Empty.WithDefaults(Factory.Describe().Parameters),
            Seed = Seed,
            Compute = new SimdCpuBackend(),
        };
        var metric = MetricCatalog.CreateDefault().TryCreate("log-likelihood", out var m, out var problem)
            ? m
            : throw new InvalidOperationException(problem);
        var utility = new CachedUtility(
            Train,
            Validation,
            UnitPartition.Rows(TrainRows),
            () => Factory.Create(modelContext),
            metric,
            new UtilityCache(),
            "tmc-protocol",
            null,
            CancellationToken.None);
        return new SemivalueMonteCarlo
        {
            Sampler = new PermutationSampler(new Random(Seed)),
            Semivalue = ShapleySemivalue.Instance,
            Stopping = new MaxUpdates(permutations, "permutations"),
            WarmStart = warmStart,
        }.Run(utility, CancellationToken.None);
    }

    /// <summary>Writes both sets as CSV (features, then the label) for the scikit-learn peer.</summary>
    public void WriteCsv(string trainPath, string validationPath)
    {
        File.WriteAllText(trainPath, ToCsv(Train));
        File.WriteAllText(validationPath, ToCsv(Validation));
    }

    private static string ToCsv(SampleSet data)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Enumerable.Range(0, data.FeatureCount).Select(f => "f" + f.ToString(CultureInfo.InvariantCulture))).Append(",label\n");
        for (var i = 0; i < data.Count; i++)
        {
            foreach (var value in data.Row(i))
            {
                text.Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(',');
            }

            text.Append(data.Labels[i].ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    private static SampleSet Rows(Random random, double[] beta, int count)
    {
        var features = new float[count * Features];
        var labels = new double[count];
        for (var i = 0; i < count; i++)
        {
            var z = 0.0;
            for (var f = 0; f < Features; f++)
            {
                var x = (float)Gaussian(random);
                features[(i * Features) + f] = x;
                z += beta[f] * x;
            }

            labels[i] = random.NextDouble() < 1.0 / (1.0 + Math.Exp(-(z + Gaussian(random)))) ? 1.0 : 0.0;
        }

        return new SampleSet(features, Features, labels);
    }

    // Box–Muller on the given source.
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
