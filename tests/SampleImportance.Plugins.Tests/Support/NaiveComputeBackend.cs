using SampleImportance.Conformance.Reference;

namespace SampleImportance.Plugins.Tests.Support;

/// <summary>
/// The slowest obviously-right backend (the conformance kit's reference backend): scalar float distances summed in
/// feature order, a stable sort by (distance, index), top-k as the first k of that order, and dot products summed in
/// order in double.
/// </summary>
internal sealed class NaiveComputeBackend(int preferredQueryTile = 3) : ReferenceComputeBackend(preferredQueryTile);
