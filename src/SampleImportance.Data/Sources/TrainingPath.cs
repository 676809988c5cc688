using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>The training file a file-reading source needs, refused with a fix when the dataset names none.</summary>
internal static class TrainingPath
{
    public static (string Path, SourceFiles Files) Required(DataSourceContext context, string format, string fix)
    {
        var files = context.Files;
        return string.IsNullOrWhiteSpace(files?.Path)
            ? throw new InputException(new ValidationError($"{format} dataset '{context.DatasetId}' has no training file path.", context.Where, fix))
            : (files.Path, files);
    }
}
