using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SampleImportance.Hosting;

/// <summary>
/// Reads a DLL's metadata with System.Reflection.Metadata to find the plugin marker without loading the
/// assembly: dependencies are never loaded just to be skipped, and a plugin built against another
/// contract is refused before any of its code can run.
/// </summary>
internal static class PluginMetadataProbe
{
    private const string AttributeNamespace = "SampleImportance.Abstractions";
    private const string AttributeName = "SampleImportancePluginAttribute";

    public static PluginProbe Probe(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);

            // A valid PE without metadata is a native library shipped beside a plugin: a dependency.
            if (!pe.HasMetadata)
            {
                return new PluginProbe(PluginProbeKind.NotPlugin);
            }

            var reader = pe.GetMetadataReader();
            return reader.IsAssembly ? FindMarker(reader) : new PluginProbe(PluginProbeKind.NotPlugin);
        }
        catch (Exception ex) when (ex is BadImageFormatException or InvalidOperationException or ArgumentException)
        {
            // Random or truncated bytes surface as any of these, depending on where the reader gives up.
            return new PluginProbe(PluginProbeKind.Invalid, Error: $"Not a valid .NET assembly (corrupt or truncated?): {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new PluginProbe(PluginProbeKind.Invalid, Error: $"The file could not be read: {ex.Message}");
        }
    }

    private static PluginProbe FindMarker(MetadataReader reader)
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!IsMarker(reader, attribute.Constructor))
            {
                continue;
            }

            // Custom attribute blob: prolog 0x0001, then the int32 constructor argument (ECMA-335 II.23.3).
            var blob = reader.GetBlobReader(attribute.Value);
            if (blob.Length < 6 || blob.ReadUInt16() != 1)
            {
                return new PluginProbe(PluginProbeKind.Invalid, Error: "Its SampleImportancePlugin attribute is malformed: expected one int contract version.");
            }

            return new PluginProbe(PluginProbeKind.Plugin, blob.ReadInt32());
        }

        return new PluginProbe(PluginProbeKind.NotPlugin);
    }

    private static bool IsMarker(MetadataReader reader, EntityHandle constructor)
    {
        switch (constructor.Kind)
        {
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)constructor);
                if (member.Parent.Kind != HandleKind.TypeReference)
                {
                    return false;
                }

                var reference = reader.GetTypeReference((TypeReferenceHandle)member.Parent);
                return reader.StringComparer.Equals(reference.Name, AttributeName)
                    && reader.StringComparer.Equals(reference.Namespace, AttributeNamespace);

            case HandleKind.MethodDefinition:
                // Only the contract assembly defines the attribute itself; handled for completeness.
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)constructor);
                var definition = reader.GetTypeDefinition(method.GetDeclaringType());
                return reader.StringComparer.Equals(definition.Name, AttributeName)
                    && reader.StringComparer.Equals(definition.Namespace, AttributeNamespace);

            default:
                return false;
        }
    }
}
