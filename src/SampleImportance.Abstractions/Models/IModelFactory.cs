namespace SampleImportance.Abstractions;

/// <summary>Creates models of one kind. Needs a public parameterless constructor.</summary>
public interface IModelFactory
{
    /// <summary>Stable id used in suites, e.g. <c>logistic-regression</c>.</summary>
    string Id { get; }

    /// <summary>Capabilities, metrics and parameters.</summary>
    ModelDescriptor Describe();

    /// <summary>Creates an untrained model.</summary>
    /// <param name="parameters">Parameters validated against <see cref="ModelDescriptor.Parameters"/>.</param>
    IModel Create(PluginParameters parameters);
}
