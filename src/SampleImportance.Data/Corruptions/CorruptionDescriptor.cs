using SampleImportance.Abstractions;
using SampleImportance.Data.Sources;

namespace SampleImportance.Data.Corruptions;

/// <summary>Describes a corruption.</summary>
/// <param name="Name">Name as written after <c>kind:</c> in suites, e.g. <c>label-flip</c>.</param>
/// <param name="Description">One sentence: what it changes and which rows carry it.</param>
/// <param name="Parameters">What the corruption's <c>params:</c> accepts, beside <c>rate</c>, each with its default.</param>
/// <param name="AppliesTo">The label kinds it can corrupt; suites pairing it with a source of other labels are refused.</param>
public sealed record CorruptionDescriptor(string Name, string Description, IReadOnlyList<ParameterDescriptor> Parameters, LabelKinds AppliesTo);
