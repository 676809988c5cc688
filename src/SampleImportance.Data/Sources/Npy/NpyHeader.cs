namespace SampleImportance.Data.Sources;

/// <summary>The parsed header of a <c>.npy</c> file.</summary>
/// <param name="Descr">The dtype as written, e.g. <c>&lt;f4</c>.</param>
/// <param name="FortranOrder">True for column-major data.</param>
/// <param name="Shape">The array's dimensions.</param>
/// <param name="DataOffset">Where the data starts: the header's total length in bytes.</param>
internal sealed record NpyHeader(string Descr, bool FortranOrder, long[] Shape, int DataOffset);
