using System.Globalization;

namespace SampleImportance.Abstractions;

/// <summary>Checks one value against its descriptor: the one rule the host and <see cref="OptionsBinder{TOptions}"/> share.</summary>
public static class ParameterCheck
{
    /// <summary>Null when <paramref name="text"/> is a valid value of <paramref name="descriptor"/>, else what is wrong and how to fix it.</summary>
    /// <param name="descriptor">The parameter.</param>
    /// <param name="text">The value as invariant text.</param>
    public static string? Problem(ParameterDescriptor descriptor, string text)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(text);
        double number;
        switch (descriptor.Kind)
        {
            case ParameterKind.Integer:
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
                {
                    return $"'{descriptor.Name}' must be an integer, got '{text}'.";
                }

                number = integer;
                break;
            case ParameterKind.Number:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) || !double.IsFinite(number))
                {
                    return $"'{descriptor.Name}' must be a finite number, got '{text}'.";
                }

                break;
            case ParameterKind.Boolean:
                return text is "true" or "false" ? null : $"'{descriptor.Name}' must be true or false, got '{text}'.";
            default:
                return descriptor.AllowedValues is { } allowed && !allowed.Contains(text, StringComparer.Ordinal)
                    ? $"'{descriptor.Name}' must be one of {string.Join(", ", allowed)}, got '{text}'."
                    : null;
        }

        if (number < descriptor.Minimum)
        {
            return FormattableString.Invariant($"'{descriptor.Name}' must be at least {descriptor.Minimum}, got {text}.");
        }

        if (number > descriptor.Maximum)
        {
            return FormattableString.Invariant($"'{descriptor.Name}' must be at most {descriptor.Maximum}, got {text}.");
        }

        return null;
    }
}
