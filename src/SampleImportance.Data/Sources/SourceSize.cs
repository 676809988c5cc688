using System.Globalization;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>Refuses a generated dataset too large for one feature array, before generating it.</summary>
internal static class SourceSize
{
    public static void Check(long values, string what, string fix, SourceLocation where)
    {
        if (values > Array.MaxLength)
        {
            throw new InputException(new ValidationError(
                string.Create(CultureInfo.InvariantCulture, $"The dataset would hold {values} feature values ({what}), more than one array can hold ({Array.MaxLength})."),
                where,
                fix));
        }
    }
}
