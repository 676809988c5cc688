using SampleImportance.Abstractions;
using SampleImportance.Suites.Yaml;
using SampleImportance.Validation;
using SampleImportance.Validation.Parameters;
using YamlDotNet.RepresentationModel;

namespace SampleImportance.Suites.Reading;

/// <summary>Reads a <c>params:</c> mapping and validates it against descriptors.</summary>
internal static class ParamsReader
{
    /// <summary>Effective parameters; when <paramref name="descriptors"/> is null (unknown plugin) only the shape is checked.</summary>
    public static PluginParameters Read(MappingView owner, IReadOnlyList<ParameterDescriptor>? descriptors, string ownerText, SuiteReadContext context)
    {
        var reader = context.Reader;
        var inputs = new List<ParameterInput>();
        var node = owner.Optional("params");
        var path = owner.Child("params");
        var mapping = node is null ? null : reader.Mapping(node, path, allowedKeys: null, "params: { k: 5 }");
        foreach (var (key, value) in mapping?.Entries ?? [])
        {
            if (value is YamlScalarNode scalar && !NodeReader.IsNull(scalar))
            {
                inputs.Add(new ParameterInput(key.Value ?? string.Empty, scalar.Value ?? string.Empty, reader.At(value)));
            }
            else
            {
                reader.Error(NodeReader.IsNull(value) ? key : value, $"Parameter '{path}.{key.Value}' must be a single value.", "Write one value, e.g. k: 5.");
            }
        }

        if (descriptors is null)
        {
            return PluginParameters.Empty;
        }

        var problems = new List<Validation.ValidationError>();
        var parameters = ParameterValidator.Validate(inputs, descriptors, ownerText, problems);
        foreach (var problem in problems)
        {
            reader.Error(problem.Location, problem.Message, problem.Fix);
        }

        return parameters;
    }
}
