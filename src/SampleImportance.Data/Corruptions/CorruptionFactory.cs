using System.Globalization;
using SampleImportance.Validation;

namespace SampleImportance.Data.Corruptions;

/// <summary>Resolves a <see cref="CorruptionRequest"/> to its implementation, checking kind and rate.</summary>
internal static class CorruptionFactory
{
    public static ICorruption Create(CorruptionRequest request, SourceLocation where)
    {
        var errors = new List<ValidationError>();
        ICorruption? corruption = request.Kind switch
        {
            CorruptionCatalog.LabelFlip => new LabelFlipCorruption(),
            CorruptionCatalog.FakeClicks => new FakeClicksCorruption(),
            _ => null,
        };
        if (corruption is null)
        {
            errors.Add(new ValidationError($"Unknown corruption kind '{request.Kind}'.", where, "Use one of: " + string.Join(", ", CorruptionCatalog.Kinds) + "."));
        }

        if (!(request.Rate > 0 && request.Rate < 1))
        {
            errors.Add(new ValidationError(
                string.Create(CultureInfo.InvariantCulture, $"Corruption rate {request.Rate} is outside (0, 1)."),
                where,
                "Use a fraction of training rows such as 0.1."));
        }

        if (request.Parameters.Values.Count > 0)
        {
            errors.Add(new ValidationError(
                $"Corruption '{request.Kind}' takes no parameters, got: {string.Join(", ", request.Parameters.Values.Keys.Order(StringComparer.Ordinal))}.",
                where,
                "Remove them."));
        }

        return errors.Count > 0 ? throw new InputException(errors) : corruption!;
    }
}
