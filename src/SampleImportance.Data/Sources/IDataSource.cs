namespace SampleImportance.Data.Sources;

/// <summary>
/// Where a dataset's rows come from: an embedded generator or a file format. A source describes itself (name,
/// parameters, label kinds, whether it reads files) so that suite validation and listings learn about it from the
/// <see cref="DataSourceCatalog"/>; the dataset loader splits and corrupts whatever rows a source returns.
/// </summary>
public interface IDataSource
{
    /// <summary>Name (as written after <c>source:</c>), parameters, the labels it produces, whether it reads files.</summary>
    DataSourceDescriptor Describe();

    /// <summary>Generates or reads the rows.</summary>
    /// <param name="context">Effective parameters, files, a seeded random stream and where to point errors.</param>
    /// <exception cref="Validation.InputException">Bad parameters or files; each error names where and how to fix it.</exception>
    SourceRows Load(DataSourceContext context);
}
