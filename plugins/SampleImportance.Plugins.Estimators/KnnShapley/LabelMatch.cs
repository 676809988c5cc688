using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Estimators.KnnShapley;

/// <summary>
/// How well a training row's label matches a validation label, in [0, 1]: the term the KNN utilities average over
/// the neighbours. <c>exact</c> is Jia et al.'s indicator 1[yᵢ = y]; <c>graded</c> is 1 − |yᵢ − y| / (max − min grade)
/// for ordinal labels such as graded relevance (it equals the indicator on 0/1 labels, bit for bit); <c>gaussian</c> is
/// exp(−(yᵢ − y)² / (2·bandwidth²)) for regression-like targets.
/// </summary>
internal sealed class LabelMatch
{
    /// <summary>Jia et al.'s indicator.</summary>
    public const string ExactName = "exact";

    /// <summary>One minus the grade distance over the grade range.</summary>
    public const string GradedName = "graded";

    /// <summary>A Gaussian kernel of the label difference.</summary>
    public const string GaussianName = "gaussian";

    /// <summary>The <c>bandwidth</c> parameter's description, shared by the estimators that take a label match.</summary>
    public const string BandwidthDescription = "Bandwidth of the 'gaussian' match in label units (default 0 = the training labels' standard deviation).";

    private readonly string _kind;
    private readonly double _scale;

    private LabelMatch(string kind, double scale)
    {
        _kind = kind;
        _scale = scale;
    }

    /// <summary>The indicator 1[yᵢ = y].</summary>
    public static LabelMatch Exact { get; } = new(ExactName, 1);

    /// <summary>Short description for notes.</summary>
    public string Describe() => _kind switch
    {
        GradedName => FormattableString.Invariant($"graded match 1 − |yᵢ − y| / {_scale:G6}"),
        GaussianName => FormattableString.Invariant($"gaussian match exp(−(yᵢ − y)² / (2·{_scale:G6}²))"),
        _ => "exact match 1[yᵢ = y]",
    };

    /// <summary>
    /// The match <paramref name="kind"/> over these labels: the grade range (max − min over training and validation
    /// labels) for <c>graded</c>; the bandwidth for <c>gaussian</c>, or the training labels' standard deviation when it
    /// is 0 (1 if that is 0 too).
    /// </summary>
    public static LabelMatch Create(string kind, double bandwidth, SampleSet train, SampleSet validation)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        switch (kind)
        {
            case ExactName:
                return Exact;
            case GradedName:
                var min = double.PositiveInfinity;
                var max = double.NegativeInfinity;
                foreach (var label in train.Labels)
                {
                    (min, max) = (Math.Min(min, label), Math.Max(max, label));
                }

                foreach (var label in validation.Labels)
                {
                    (min, max) = (Math.Min(min, label), Math.Max(max, label));
                }

                // One grade everywhere: every label matches fully.
                return new LabelMatch(GradedName, max > min ? max - min : 1);
            case GaussianName:
                return new LabelMatch(GaussianName, bandwidth > 0 ? bandwidth : StandardDeviationOrOne(train.Labels));
            default:
                throw new ArgumentException($"Unknown label match '{kind}'; use '{ExactName}', '{GradedName}' or '{GaussianName}'.", nameof(kind));
        }
    }

    /// <summary>The match of a training label with a validation label.</summary>
    public double Of(double trainLabel, double validationLabel) => _kind switch
    {
        GradedName => 1 - (Math.Abs(trainLabel - validationLabel) / _scale),
        GaussianName => Math.Exp(-Square(trainLabel - validationLabel) / (2 * _scale * _scale)),
        _ => trainLabel == validationLabel ? 1.0 : 0.0,
    };

    private static double Square(double x) => x * x;

    private static double StandardDeviationOrOne(ReadOnlySpan<double> labels)
    {
        if (labels.Length < 2)
        {
            return 1;
        }

        double mean = 0;
        foreach (var label in labels)
        {
            mean += label;
        }

        mean /= labels.Length;
        double squares = 0;
        foreach (var label in labels)
        {
            squares += Square(label - mean);
        }

        var sd = Math.Sqrt(squares / (labels.Length - 1));
        return sd > 0 ? sd : 1;
    }
}
