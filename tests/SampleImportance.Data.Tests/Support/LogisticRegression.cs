using SampleImportance.Abstractions;

namespace SampleImportance.Data.Tests.Support;

/// <summary>A plain logistic regression on standardised features, fitted by full-batch gradient descent: the
/// "simple model" the learnability requirement is measured with.</summary>
internal sealed class LogisticRegression
{
    private readonly double[] _mean;
    private readonly double[] _scale;
    private readonly double[] _weights;

    private LogisticRegression(double[] mean, double[] scale, double[] weights)
    {
        _mean = mean;
        _scale = scale;
        _weights = weights;
    }

    public static LogisticRegression Fit(SampleSet train, int iterations = 500, double learningRate = 0.5, double l2 = 1e-3)
    {
        var d = train.FeatureCount;
        var mean = new double[d];
        var scale = new double[d];
        for (var i = 0; i < train.Count; i++)
        {
            var row = train.Row(i);
            for (var j = 0; j < d; j++)
            {
                mean[j] += row[j] / (double)train.Count;
            }
        }

        for (var i = 0; i < train.Count; i++)
        {
            var row = train.Row(i);
            for (var j = 0; j < d; j++)
            {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / train.Count;
            }
        }

        for (var j = 0; j < d; j++)
        {
            scale[j] = Math.Sqrt(scale[j]) + 1e-9;
        }

        var model = new LogisticRegression(mean, scale, new double[d + 1]);
        var gradient = new double[d + 1];
        var x = new double[d];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(gradient);
            for (var i = 0; i < train.Count; i++)
            {
                model.Standardise(train.Row(i), x);
                var error = Sigmoid(model.Logit(x)) - train.Labels[i];
                for (var j = 0; j < d; j++)
                {
                    gradient[j] += error * x[j];
                }

                gradient[d] += error;
            }

            for (var j = 0; j <= d; j++)
            {
                var penalty = j < d ? l2 * model._weights[j] : 0;
                model._weights[j] -= learningRate * ((gradient[j] / train.Count) + penalty);
            }
        }

        return model;
    }

    public double[] Score(SampleSet rows)
    {
        var x = new double[rows.FeatureCount];
        var scores = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            Standardise(rows.Row(i), x);
            scores[i] = Logit(x);
        }

        return scores;
    }

    private void Standardise(ReadOnlySpan<float> row, double[] x)
    {
        for (var j = 0; j < x.Length; j++)
        {
            x[j] = (row[j] - _mean[j]) / _scale[j];
        }
    }

    private double Logit(double[] x)
    {
        var z = _weights[^1];
        for (var j = 0; j < x.Length; j++)
        {
            z += _weights[j] * x[j];
        }

        return z;
    }

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));
}
