using SampleImportance.Abstractions;
using SampleImportance.Data.Corruptions;
using SampleImportance.Data.Sources;
using SampleImportance.Data.Tests.Support;
using SampleImportance.Validation;

namespace SampleImportance.Data.Tests.Corruptions;

public sealed class CorruptionCatalogTests : IDisposable
{
    private static readonly SourceLocation Where = new("dataset 'd'");
    private readonly TempCsvDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_default_catalog_describes_the_built_in_corruptions()
    {
        var catalog = CorruptionCatalog.CreateDefault();

        Assert.Equal(["label-flip", "fake-clicks", "bot-clicks", "clickbait", "unsatisfied-clicks", "trust-bias-clicks", "bot-sessions", "bot-users"], catalog.Names);
        Assert.All(catalog.Descriptors, d => Assert.Equal(LabelKinds.Binary, d.AppliesTo));
        Assert.Equal(["spread"], catalog.Describe("bot-clicks")!.Parameters.Select(p => p.Name));
        Assert.Equal(["short-dwell"], catalog.Describe("unsatisfied-clicks")!.Parameters.Select(p => p.Name));
        Assert.All(catalog.Descriptors.Where(d => d.Name is "bot-sessions" or "bot-users"), d => Assert.Equal(["targets=3"], d.Parameters.Select(p => $"{p.Name}={p.Default}")));
        Assert.All(catalog.Descriptors.Where(d => d.Name is not ("bot-clicks" or "unsatisfied-clicks" or "bot-sessions" or "bot-users")), d => Assert.Empty(d.Parameters));
    }

    [Fact]
    public void A_registered_corruption_runs_through_the_loader_with_its_parameters()
    {
        var corruptions = CorruptionCatalog.CreateDefault().Add(new ShiftCorruption());
        var request = new DatasetRequest("t", "synthetic/tabular", new PluginParameters([KeyValuePair.Create("rows", "40")]))
        {
            Corruption = new CorruptionRequest("shift", 0.25, new PluginParameters([KeyValuePair.Create("by", "3")])),
        };

        var clean = DatasetLoader.Load(request with { Corruption = null }, 2);
        var noisy = DatasetLoader.Load(request, 2, corruptions: corruptions);

        var mask = noisy.NoiseMask!;
        Assert.Equal(5, mask.Count(m => m));
        for (var i = 0; i < clean.Train.Count; i++)
        {
            Assert.Equal(clean.Train.Labels[i] + (mask[i] ? 3 : 0), noisy.Train.Labels[i]);
        }
    }

    [Fact]
    public void Resolve_fills_defaults_and_reports_kind_rate_and_parameters_together()
    {
        var catalog = CorruptionCatalog.CreateDefault().Add(new ShiftCorruption());

        var (corruption, parameters) = catalog.Resolve(new CorruptionRequest("shift", 0.1, PluginParameters.Empty), Where);
        var bad = Assert.Throws<InputException>(() => catalog.Resolve(new CorruptionRequest("shift", 1.5, new PluginParameters([KeyValuePair.Create("by", "0")])), Where));
        var unknown = Assert.Throws<InputException>(() => catalog.Resolve(new CorruptionRequest("shfit", 0.1, PluginParameters.Empty), Where));
        var extra = Assert.Throws<InputException>(() => catalog.Resolve(new CorruptionRequest("label-flip", 0.1, new PluginParameters([KeyValuePair.Create("x", "1")])), Where));

        Assert.IsType<ShiftCorruption>(corruption);
        Assert.Equal("1", parameters.Values["by"]);
        Assert.Equal(["Corruption rate 1.5 is outside (0, 1).", "Parameter 'by' of corruption 'shift' must be at least 1 (got 0)."], bad.Errors.Select(e => e.Message));
        Assert.Equal("Did you mean 'shift'? Kinds: label-flip, fake-clicks, bot-clicks, clickbait, unsatisfied-clicks, trust-bias-clicks, bot-sessions, bot-users, shift.", Assert.Single(unknown.Errors).Fix);
        Assert.Equal("Remove it: corruption 'label-flip' takes no parameters.", Assert.Single(extra.Errors).Fix);
    }

    [Fact]
    public void The_loader_refuses_labels_a_corruption_does_not_apply_to_and_names_those_that_do()
    {
        var path = _dir.Write("graded.csv", "x,y\n1,0\n2,1\n3,2\n4,0\n5,1\n6,2\n7,0\n8,1\n");
        var request = new DatasetRequest("g", "csv", PluginParameters.Empty)
        {
            Path = path,
            LabelColumn = "y",
            ValidationFraction = 0, // train on the whole file, so row 2 (label 2) is in it
            TestFraction = 0,
            Corruption = new CorruptionRequest("fake-clicks", 0.25, PluginParameters.Empty),
        };

        var builtIn = Assert.Throws<InputException>(() => DatasetLoader.Load(request, 1));
        var extended = Assert.Throws<InputException>(() => DatasetLoader.Load(request, 1, corruptions: CorruptionCatalog.CreateDefault().Add(new ShiftCorruption())));

        var error = Assert.Single(builtIn.Errors);
        Assert.Equal(path, error.Location.File);
        Assert.Equal("Corruption 'fake-clicks' needs binary labels (0 or 1), but training row 2 has label 2.", error.Message);
        Assert.Equal("Use 'fake-clicks' only on datasets with binary labels (0 or 1), or remove the corruption.", error.Fix);
        Assert.EndsWith("(one of: shift).", Assert.Single(extended.Errors).Fix, StringComparison.Ordinal);
    }

    /// <summary>A corruption outside the built-ins: adds <c>by</c> to the labels of the first rate × n rows; any whole-number labels.</summary>
    private sealed class ShiftCorruption : ICorruption
    {
        public CorruptionDescriptor Describe() => new(
            "shift",
            "Adds to labels.",
            [new ParameterDescriptor("by", ParameterKind.Integer, "1", "Added to each label.", Minimum: 1)],
            LabelKinds.Multiclass | LabelKinds.Graded);

        public CorruptionOutcome Apply(SampleSet train, double rate, PluginParameters parameters, Random random, SourceLocation where)
        {
            var by = parameters.GetInt32("by", 1);
            var count = (int)Math.Round(rate * train.Count);
            var labels = train.Labels.ToArray();
            var mask = new bool[labels.Length];
            for (var i = 0; i < count; i++)
            {
                labels[i] += by;
                mask[i] = true;
            }

            return new CorruptionOutcome(train.WithLabels(labels), mask);
        }
    }
}
