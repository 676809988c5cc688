namespace SampleImportance.Abstractions;

/// <summary>Creates models of one kind. Needs a public parameterless constructor.</summary>
public interface IModelFactory
{
    /// <summary>Id, capabilities, outputs, default metric and parameters.</summary>
    ModelDescriptor Describe();

    /// <summary>Creates an untrained model.</summary>
    /// <param name="context">Bound parameters, seed and compute backend.</param>
    IModel Create(ModelContext context);
}
