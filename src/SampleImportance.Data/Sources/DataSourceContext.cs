using SampleImportance.Abstractions;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>What a source loads with.</summary>
/// <param name="DatasetId">The suite's id for the dataset, for messages.</param>
/// <param name="Parameters">Effective parameters, checked against the source's descriptors (defaults filled in).</param>
/// <param name="Files">The files and columns the dataset names; null unless the source reads files.</param>
/// <param name="Random">The generation stream of the run seed: the same seed gives the same rows.</param>
/// <param name="Where">Where errors point: the training file, or the dataset's entry.</param>
public sealed record DataSourceContext(string DatasetId, PluginParameters Parameters, SourceFiles? Files, Random Random, SourceLocation Where);
