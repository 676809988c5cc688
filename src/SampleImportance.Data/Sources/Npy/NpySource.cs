using SampleImportance.Abstractions;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>
/// <c>npy</c>: NumPy arrays, so large data never round-trips through text. Features are a 2-D float32 or float64 array
/// in <c>X.npy</c> (C order, rows × features, named <c>f0</c>, <c>f1</c>, ...); the labels are the 1-D array in the
/// sibling file <c>X.labels.npy</c>. Validation and test files follow the same convention and must have as many
/// feature columns as the training file.
/// </summary>
internal sealed class NpySource : IDataSource
{
    public const string Name = "npy";

    /// <summary>What replaces <c>.npy</c> in a feature file's name to name its labels file.</summary>
    public const string LabelsSuffix = ".labels.npy";

    public DataSourceDescriptor Describe() => new(
        Name,
        "Rows from NumPy .npy arrays: float32/float64 features in X.npy, one label per row in X.labels.npy.",
        [],
        LabelKinds.Any,
        ReadsFiles: true)
    {
        Format = Name,
        Extensions = [".npy"],
    };

    public SourceRows Load(DataSourceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (path, files) = TrainingPath.Required(context, "NumPy", "Set 'path' to the features .npy file.");
        var train = Read(path);
        var validation = files.ValidationPath is null ? null : Companion(files.ValidationPath, train, path);
        var test = files.TestPath is null ? null : Companion(files.TestPath, train, path);
        return new SourceRows(train, null, validation, test);
    }

    /// <summary>The labels file of <paramref name="featurePath"/>: <c>X.npy</c> → <c>X.labels.npy</c>.</summary>
    public static string LabelsPath(string featurePath) =>
        (featurePath.EndsWith(".npy", StringComparison.OrdinalIgnoreCase) ? featurePath[..^4] : featurePath) + LabelsSuffix;

    private static SampleSet Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(new ValidationError($"NumPy file not found (full path: {Path.GetFullPath(path)}).", new SourceLocation(path), "Check the path; relative paths are resolved against the current directory."));
        }

        var labelsPath = LabelsPath(path);
        if (!File.Exists(labelsPath))
        {
            throw new InputException(new ValidationError(
                $"The labels of {Path.GetFileName(path)} are read from {Path.GetFileName(labelsPath)}, which does not exist (full path: {Path.GetFullPath(labelsPath)}).",
                new SourceLocation(path),
                $"Save the labels next to the features: np.save('{Path.GetFileName(labelsPath)}', y)."));
        }

        var (features, rows, columns) = NpyArrayReader.ReadFeatures(path);
        var labels = NpyArrayReader.ReadLabels(labelsPath, rows, path);
        return new SampleSet(features, columns, labels);
    }

    private static SampleSet Companion(string path, SampleSet train, string trainPath)
    {
        var rows = Read(path);
        if (rows.FeatureCount != train.FeatureCount)
        {
            throw new InputException(new ValidationError(
                $"{Path.GetFileName(path)} has {rows.FeatureCount} feature columns but the training file {trainPath} has {train.FeatureCount}.",
                new SourceLocation(path),
                "Save the same features, in the same order, as the training file."));
        }

        return rows;
    }
}
