using SampleImportance.Abstractions;
using SampleImportance.Data.Corruptions;

namespace SampleImportance.Data;

/// <summary>What to load: an embedded generator or a CSV file, how to split it and what to corrupt.</summary>
/// <param name="Id">The suite's id for the dataset.</param>
/// <param name="Source"><c>synthetic/tabular</c>, <c>synthetic/ecommerce-search</c> or <c>csv</c>.</param>
/// <param name="Parameters">Generator parameters (validated against the source's descriptors).</param>
public sealed record DatasetRequest(string Id, string Source, PluginParameters Parameters)
{
    /// <summary>CSV: the training file (absolute path).</summary>
    public string? Path { get; init; }

    /// <summary>CSV: optional validation file; when null the training file is split. With both this and <see cref="TestPath"/>
    /// the training file is used as-is (every row, in file order).</summary>
    public string? ValidationPath { get; init; }

    /// <summary>CSV: optional test file; when null the training file is split (see <see cref="ValidationPath"/>).</summary>
    public string? TestPath { get; init; }

    /// <summary>CSV: the label column's header name.</summary>
    public string? LabelColumn { get; init; }

    /// <summary>CSV: the group (query or user) column's header name, or null.</summary>
    public string? GroupColumn { get; init; }

    /// <summary>Fraction of rows (or of groups, when grouped) held out for validation when not given as a file. Default 0.25.</summary>
    public double ValidationFraction { get; init; } = 0.25;

    /// <summary>Fraction held out for test when not given as a file. Default 0.25.</summary>
    public double TestFraction { get; init; } = 0.25;

    /// <summary>Standardise features with the training rows' mean and standard deviation (applied to validation and
    /// test too) after corruption. Default true: every built-in model reads distances or takes gradient steps, where
    /// raw units let one feature dominate. Recorded per cell in run.json.</summary>
    public bool Standardize { get; init; } = true;

    /// <summary>Corruption of the training split, or null.</summary>
    public CorruptionRequest? Corruption { get; init; }
}
