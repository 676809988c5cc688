using SampleImportance.Abstractions;

namespace SampleImportance.Data.Sources;

/// <summary>Describes a data source.</summary>
/// <param name="Name">Name as written after <c>source:</c> in suites, e.g. <c>synthetic/tabular</c>.</param>
/// <param name="Description">One sentence: what the rows are.</param>
/// <param name="Parameters">What <c>params:</c> accepts, each with its default; checked like plugin parameters.</param>
/// <param name="Labels">The label kinds its rows can carry (<see cref="LabelKinds.Any"/> when only the data knows).</param>
/// <param name="ReadsFiles">True when it reads the files and columns a dataset names (<c>path</c>, <c>validation</c>,
/// <c>test</c>, <c>label</c>, <c>group</c>); those keys are refused for every other source.</param>
public sealed record DataSourceDescriptor(
    string Name,
    string Description,
    IReadOnlyList<ParameterDescriptor> Parameters,
    LabelKinds Labels,
    bool ReadsFiles = false)
{
    /// <summary>True when a suite names the label and group columns (<c>label</c>, <c>group</c>) of the files; false
    /// for formats that carry them (SVMlight's label and qid). Only meaningful with <see cref="ReadsFiles"/>.</summary>
    public bool ReadsColumns { get; init; }

    /// <summary>The file format name <c>score --format</c> selects this source by (e.g. <c>svmlight</c>), or null when
    /// <c>score</c> cannot read it.</summary>
    public string? Format { get; init; }

    /// <summary>File extensions (with the dot, lower case) that imply <see cref="Format"/> when <c>--format</c> is not given.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [];
}
