using System.Globalization;
using SampleImportance.Abstractions;

namespace SampleImportance.Validation.Parameters;

/// <summary>Checks one value against its descriptor and rewrites it as canonical invariant text,
/// so that <c>0.10</c> and <c>0.1</c> give the same recorded parameters and cache keys.</summary>
internal static class ParameterValueParser
{
    /// <summary>The canonical text, or null with <paramref name="problem"/> (a sentence) and <paramref name="fix"/> set.</summary>
    public static string? Normalize(ParameterDescriptor descriptor, string text, out string? problem, out string? fix)
    {
        problem = null;
        fix = null;
        var trimmed = text.Trim();
        switch (descriptor.Kind)
        {
            case ParameterKind.Integer:
                if (!int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    problem = $"must be a whole number (32-bit), not '{text}'";
                    fix = $"Write a whole number such as {descriptor.Default}.";
                    return null;
                }

                return CheckRange(descriptor, integer, out problem, out fix)
                    ? integer.ToString(CultureInfo.InvariantCulture)
                    : null;

            case ParameterKind.Number:
                if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    problem = $"must be a finite number, not '{text}'";
                    fix = $"Write a number such as {descriptor.Default} (a '.' as decimal separator).";
                    return null;
                }

                return CheckRange(descriptor, number, out problem, out fix)
                    ? number.ToString(CultureInfo.InvariantCulture)
                    : null;

            case ParameterKind.Boolean:
                if (bool.TryParse(trimmed, out var flag))
                {
                    return flag ? "true" : "false";
                }

                problem = $"must be true or false, not '{text}'";
                fix = "Write true or false.";
                return null;

            default:
                if (descriptor.AllowedValues is { } allowed && !allowed.Contains(text, StringComparer.Ordinal))
                {
                    problem = $"must be one of {string.Join(", ", allowed)}, not '{text}'";
                    fix = NameSuggester.Fix(text, [.. allowed], "Values");
                    return null;
                }

                return text;
        }
    }

    /// <summary>The default as canonical text; a default that does not parse is kept as the plugin wrote it.</summary>
    public static string NormalizeDefault(ParameterDescriptor descriptor) =>
        Normalize(descriptor with { Minimum = null, Maximum = null }, descriptor.Default, out _, out _) ?? descriptor.Default;

    private static bool CheckRange(ParameterDescriptor descriptor, double value, out string? problem, out string? fix)
    {
        problem = null;
        fix = null;
        var below = descriptor.Minimum is { } min && value < min;
        var above = descriptor.Maximum is { } max && value > max;
        if (!below && !above)
        {
            return true;
        }

        var shown = value.ToString(CultureInfo.InvariantCulture);
        problem = below
            ? FormattableString.Invariant($"must be at least {descriptor.Minimum} (got {shown})")
            : FormattableString.Invariant($"must be at most {descriptor.Maximum} (got {shown})");
        fix = "Use a value in " + Range(descriptor) + ".";
        return false;
    }

    private static string Range(ParameterDescriptor descriptor) => (descriptor.Minimum, descriptor.Maximum) switch
    {
        ({ } min, { } max) => FormattableString.Invariant($"[{min}, {max}]"),
        ({ } min, null) => FormattableString.Invariant($"[{min}, ∞)"),
        (null, { } max) => FormattableString.Invariant($"(-∞, {max}]"),
        _ => "any value",
    };
}
