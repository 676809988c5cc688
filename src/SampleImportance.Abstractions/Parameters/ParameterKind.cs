namespace SampleImportance.Abstractions;

/// <summary>The type of a plugin parameter's value.</summary>
public enum ParameterKind
{
    /// <summary>A 32-bit integer.</summary>
    Integer,

    /// <summary>A double-precision number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>Free text.</summary>
    Text,
}
