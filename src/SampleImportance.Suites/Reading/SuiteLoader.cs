using System.Security.Cryptography;
using System.Text;
using SampleImportance.Hosting;
using SampleImportance.Suites.Reading;
using SampleImportance.Suites.Yaml;
using SampleImportance.Validation;

namespace SampleImportance.Suites.Reading;

/// <summary>
/// Turns suite YAML into a validated, frozen <see cref="SuitePlan"/>. Bad input never throws: every
/// problem (syntax, schema, unknown plugins, parameters, paths, cross-references) comes back at once
/// in <see cref="SuiteLoadResult.Problems"/>, each with file, line and column.
/// </summary>
public static class SuiteLoader
{
    /// <summary>Loads a suite file; relative CSV paths start at the file's folder.</summary>
    /// <param name="path">The suite file (relative to the current directory or absolute).</param>
    /// <param name="catalog">The plugins the suite may name.</param>
    /// <param name="catalogs">The tasks, sources and corruptions it may name (default: the built-in ones).</param>
    /// <returns>The plan, or the problems; a missing or unreadable file is one problem naming it.</returns>
    public static SuiteLoadResult LoadFile(string path, IPluginCatalog catalog, SuiteCatalogs? catalogs = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(catalog);

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Failed(new ValidationError($"'{path}' is not a valid file path ({e.Message}).", new SourceLocation(path), "Pass the path of a suite .yaml file."));
        }

        if (Directory.Exists(fullPath))
        {
            return Failed(new ValidationError($"'{fullPath}' is a folder, not a suite file.", new SourceLocation(fullPath), "Pass the path of a suite .yaml file."));
        }

        if (!File.Exists(fullPath))
        {
            return Failed(new ValidationError($"Suite file not found: {fullPath}.", new SourceLocation(fullPath), "Check the path (relative paths start at the current directory)."));
        }

        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(new ValidationError($"Cannot read suite file {fullPath}: {e.Message}", new SourceLocation(fullPath), "Check that the file is readable."));
        }

        return LoadText(text, fullPath, Path.GetDirectoryName(fullPath) ?? fullPath, catalog, catalogs);
    }

    /// <summary>Loads suite text, e.g. an embedded suite.</summary>
    /// <param name="yaml">The suite text.</param>
    /// <param name="displayFile">The name problems and the plan carry: an absolute path or <c>embedded:NAME.yaml</c>.</param>
    /// <param name="baseDirectory">Where relative CSV paths start.</param>
    /// <param name="catalog">The plugins the suite may name.</param>
    /// <param name="catalogs">The tasks, sources and corruptions it may name (default: the built-in ones).</param>
    public static SuiteLoadResult LoadText(string yaml, string displayFile, string baseDirectory, IPluginCatalog catalog, SuiteCatalogs? catalogs = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(displayFile);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        ArgumentNullException.ThrowIfNull(catalog);

        catalogs ??= SuiteCatalogs.CreateDefault();
        var problems = new List<ValidationError>();
        var reader = new NodeReader(displayFile, problems);
        var builder = new SuiteBuilder();
        var root = YamlDocumentLoader.Load(yaml, reader);
        if (root is not null)
        {
            SuiteReader.Read(root, new SuiteReadContext(reader, catalog, baseDirectory, builder, catalogs));
        }

        // Stable sort: same-position problems keep the order they were found in.
        var ordered = problems.OrderBy(p => p.Location.Line).ThenBy(p => p.Location.Column).ToList().AsReadOnly();
        var plan = reader.ErrorCount == 0 ? builder.Freeze(displayFile, Sha256(yaml), catalogs) : null;
        return new SuiteLoadResult(plan, ordered);
    }

    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes (no BOM), so a file and its embedded copy hash alike.</summary>
    internal static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static SuiteLoadResult Failed(ValidationError error) => new(null, [error]);
}
