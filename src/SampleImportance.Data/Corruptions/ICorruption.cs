using SampleImportance.Abstractions;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary>
/// Injects noise into training rows and records which rows it touched: the ground truth noisy-sample detection is
/// scored against. A corruption describes itself (name, parameters, the label kinds it applies to) so that suite
/// validation and listings learn about it from the <see cref="CorruptionCatalog"/>.
/// </summary>
public interface ICorruption
{
    /// <summary>Name (as written after <c>kind:</c>), parameters and the label kinds it applies to.</summary>
    CorruptionDescriptor Describe();

    /// <summary>Corrupts round(<paramref name="rate"/> × n) rows of <paramref name="train"/>.</summary>
    /// <param name="train">The training split.</param>
    /// <param name="rate">Fraction of training rows to corrupt, in (0, 1).</param>
    /// <param name="parameters">Effective parameters, checked against the descriptor.</param>
    /// <param name="random">The corruption stream of the run seed.</param>
    /// <param name="where">Where errors point.</param>
    /// <exception cref="InputException">The rows cannot take this corruption (wrong labels, too few candidates).</exception>
    CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where);
}
