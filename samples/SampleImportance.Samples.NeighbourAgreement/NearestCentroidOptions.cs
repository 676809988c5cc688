using SampleImportance.Abstractions;

namespace SampleImportance.Samples.NeighbourAgreement;

/// <summary>Options of <c>nearest-centroid</c>. Each property initialiser is the parameter's default.</summary>
internal sealed class NearestCentroidOptions
{
    /// <summary>Declares every parameter once; defaults come from a new options object.</summary>
    public static OptionsBinder<NearestCentroidOptions> Binder { get; } = new OptionsBinder<NearestCentroidOptions>()
        .Number("temperature", o => o.Temperature, (o, v) => o.Temperature = v, "Softmax temperature on squared distances (default 1).", minimum: 1e-6);

    /// <summary>Softmax temperature on squared distances. Default 1.</summary>
    public double Temperature { get; set; } = 1.0;
}
