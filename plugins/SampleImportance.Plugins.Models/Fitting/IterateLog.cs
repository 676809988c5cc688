using SampleImportance.Abstractions;

namespace SampleImportance.Plugins.Models.Fitting;

/// <summary>
/// The iterates of one fit, packed in one growing array, turned into <see cref="TrainingCheckpoint"/>s only when asked:
/// TracIn reads them once per fit, while a retraining estimator fits thousands of models and reads none, so recording
/// must cost a copy of θ and no objects per step.
/// </summary>
internal sealed class IterateLog
{
    private readonly int _dimension;
    private double[] _iterates;
    private double[] _stepSizes;
    private int _count;

    /// <summary>An empty log of θs of length <paramref name="dimension"/>.</summary>
    public IterateLog(int dimension)
    {
        _dimension = dimension;
        _iterates = new double[4 * dimension];
        _stepSizes = new double[4];
    }

    /// <summary>Records the θ a step started from and the step length it took.</summary>
    public void Add(ReadOnlySpan<double> theta, double stepSize)
    {
        if (_count == _stepSizes.Length)
        {
            Array.Resize(ref _iterates, 2 * _iterates.Length);
            Array.Resize(ref _stepSizes, 2 * _stepSizes.Length);
        }

        theta.CopyTo(_iterates.AsSpan(_count * _dimension, _dimension));
        _stepSizes[_count++] = stepSize;
    }

    /// <summary>The checkpoints, oldest first, step t numbered from 1, each model made by <paramref name="freeze"/> from a copy of θₜ.</summary>
    public TrainingCheckpoint[] ToCheckpoints(Func<double[], IGradientModel> freeze)
    {
        var checkpoints = new TrainingCheckpoint[_count];
        for (var t = 0; t < _count; t++)
        {
            checkpoints[t] = new TrainingCheckpoint(t + 1, _stepSizes[t], freeze(_iterates.AsSpan(t * _dimension, _dimension).ToArray()));
        }

        return checkpoints;
    }
}
