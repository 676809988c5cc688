using SampleImportance.Abstractions;
using SampleImportance.Data;
using SampleImportance.Data.Corruptions;
using SampleImportance.Data.Tests.Support;
using SampleImportance.Validation;
using SampleImportance.Data.Sources;
using SampleImportance.Data.Synthetic.Ecommerce;

namespace SampleImportance.Data.Tests;

public sealed class DatasetLoaderTests : IDisposable
{
    private readonly TempCsvDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static PluginParameters Params(params (string Name, string Value)[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.Name, v.Value)));

    private static DatasetRequest Tabular(params (string Name, string Value)[] values) =>
        new("tab", TabularSource.Name, Params(values));

    private static DatasetRequest Ecommerce(params (string Name, string Value)[] values) =>
        new("clicks", EcommerceSearchSource.Name, Params(values));

    private static byte[] Bytes(DatasetSplit split) =>
        [.. SampleSetBytes.Of(split.Train), .. SampleSetBytes.Of(split.Validation), .. SampleSetBytes.Of(split.Test), .. (split.NoiseMask ?? []).Select(m => (byte)(m ? 1 : 0))];

    public static TheoryData<string> Sources => [TabularSource.Name, EcommerceSearchSource.Name];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Load_SameSeed_SameBytes_DifferentSeed_Differs(string source)
    {
        var request = new DatasetRequest("d", source, PluginParameters.Empty)
        {
            Corruption = new CorruptionRequest(LabelFlipCorruption.Name, 0.1, PluginParameters.Empty),
        };

        var a = DatasetLoader.Load(request, 42);
        var b = DatasetLoader.Load(request, 42);
        var c = DatasetLoader.Load(request, 43);

        Assert.Equal(Bytes(a), Bytes(b));
        Assert.NotEqual(SampleSetBytes.Of(a.Train), SampleSetBytes.Of(c.Train));
        Assert.NotEqual(a.NoiseMask, c.NoiseMask);
    }

    [Fact]
    public void Load_TabularDefaults_SplitsByFractions()
    {
        var split = DatasetLoader.Load(Tabular(), 1);

        Assert.Equal("tab", split.Id);
        Assert.Equal((200, 100, 100), (split.Train.Count, split.Validation.Count, split.Test.Count));
        Assert.Equal(8, split.Train.FeatureCount);
        Assert.Null(split.NoiseMask);
        // Stratified: each split keeps the 50/50 class balance to within one row.
        Assert.InRange(split.Validation.Labels.ToArray().Sum(), 49, 51);
        Assert.InRange(split.Test.Labels.ToArray().Sum(), 49, 51);
    }

    [Fact]
    public void Load_CustomParametersAndFractions_AreHonoured()
    {
        var request = Tabular(("rows", "50"), ("features", "3"), ("separation", "4")) with { ValidationFraction = 0.1, TestFraction = 0.2 };

        var split = DatasetLoader.Load(request, 2);

        Assert.Equal((35, 5, 10), (split.Train.Count, split.Validation.Count, split.Test.Count));
        Assert.Equal(3, split.Test.FeatureCount);
    }

    [Fact]
    public void Load_Ecommerce_KeepsEverySessionInOneSplit()
    {
        var prepared = DatasetLoader.Prepare(Ecommerce(("sessions", "80"), ("page-size", "6")), 3);

        var units = prepared.Units!;
        var parts = new[] { prepared.Assignment.Train, prepared.Assignment.Validation, prepared.Assignment.Test };
        var sessionsIn = parts.Select(p => p.Select(r => units[r]).ToHashSet()).ToArray();
        Assert.Equal([40, 20, 20], sessionsIn.Select(s => s.Count));
        Assert.Equal(80, sessionsIn.SelectMany(s => s).Distinct().Count());
        Assert.Equal((240, 120, 120), (prepared.Split.Train.Count, prepared.Split.Validation.Count, prepared.Split.Test.Count));
        // Groups are query ids and travel with the rows.
        var log = (EcommerceSearchLog)prepared.Log!;
        Assert.Equal(prepared.Assignment.Test.Select(r => log.Impressions[r].QueryId), prepared.Split.Test.Groups.ToArray());
    }

    [Fact]
    public void Load_Ecommerce_SplitsKeepTheIdColumnsOfTheirRows()
    {
        var prepared = DatasetLoader.Prepare(Ecommerce(("sessions", "40"), ("page-size", "5")), 2);

        var log = (EcommerceSearchLog)prepared.Log!;
        var parts = new[] { (prepared.Assignment.Train, prepared.Split.Train), (prepared.Assignment.Validation, prepared.Split.Validation), (prepared.Assignment.Test, prepared.Split.Test) };
        foreach (var (rows, set) in parts)
        {
            Assert.Equal(["appeal", "dwell", "grade", "item", "position", "purchased", "query", "session"], set.ColumnNames);
            Assert.Equal(rows.Select(r => log.Impressions[r].SessionId), set.Column("session").ToArray());
            Assert.Equal(rows.Select(r => log.Impressions[r].ProductId), set.Column("item").ToArray());
        }

        // Sessions are the split unit, so no session id appears in two parts.
        var sessions = parts.Select(p => p.Item2.Column("session").ToArray().ToHashSet()).ToArray();
        Assert.Empty(sessions[0].Intersect(sessions[1]).Concat(sessions[0].Intersect(sessions[2])).Concat(sessions[1].Intersect(sessions[2])));
    }

    [Fact]
    public void Load_Corruption_TouchesTrainOnly_AndLeavesCleanDataAlone()
    {
        var clean = DatasetLoader.Load(Ecommerce(), 5);
        var noisy = DatasetLoader.Load(Ecommerce() with { Corruption = new CorruptionRequest(FakeClicksCorruption.Name, 0.1, PluginParameters.Empty) }, 5);

        var mask = noisy.NoiseMask!;
        Assert.Equal(clean.Train.Count, mask.Count);
        // The rate is the share of fake clicks among all clicks afterwards.
        var clicks = clean.Train.Labels.ToArray().Count(l => l == 1);
        Assert.Equal((int)Math.Round(0.1 / 0.9 * clicks, MidpointRounding.AwayFromZero), mask.Count(m => m));
        Assert.Equal(clean.Train.Features.ToArray(), noisy.Train.Features.ToArray());
        for (var i = 0; i < mask.Count; i++)
        {
            Assert.Equal(mask[i] ? 1.0 : clean.Train.Labels[i], noisy.Train.Labels[i]);
            Assert.True(!mask[i] || clean.Train.Labels[i] == 0, "a fake click lands on a non-click");
        }

        Assert.Equal(SampleSetBytes.Of(clean.Validation), SampleSetBytes.Of(noisy.Validation));
        Assert.Equal(SampleSetBytes.Of(clean.Test), SampleSetBytes.Of(noisy.Test));
    }

    [Fact]
    public void Load_BadParameters_ReportsEveryProblemWithAFix()
    {
        var request = Ecommerce(("sessions", "0"), ("page-size", "ten"), ("colour", "red"));

        var ex = Assert.Throws<InputException>(() => DatasetLoader.Load(request, 1));

        Assert.Equal(3, ex.Errors.Count);
        Assert.All(ex.Errors, e => Assert.NotNull(e.Fix));
        Assert.All(ex.Errors, e => Assert.Equal("dataset 'clicks' (synthetic/ecommerce-search)", e.Location.File));
        Assert.Contains(ex.Errors, e => e.Message.Contains("Unknown parameter 'colour'", StringComparison.Ordinal) && e.Fix!.Contains("page-size", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Message.Contains("'sessions'", StringComparison.Ordinal) && e.Message.Contains("must be at least 1 (got 0)", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Message.Contains("'page-size'", StringComparison.Ordinal) && e.Message.Contains("must be a whole number", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TooLargeToHold_IsBadInputNotACrash()
    {
        var ex = Assert.Throws<InputException>(() => DatasetLoader.Load(Tabular(("rows", "1000000"), ("features", "4096")), 1));

        Assert.Contains("more than one array can hold", ex.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownSourceOrCorruption_IsBadInput()
    {
        var unknownSource = new DatasetRequest("x", "synthetic/weather", PluginParameters.Empty);
        var unknownKind = Tabular() with { Corruption = new CorruptionRequest("feature-noise", 0.1, PluginParameters.Empty) };

        Assert.Contains("synthetic/tabular", Assert.Throws<InputException>(() => DatasetLoader.Load(unknownSource, 1)).Errors[0].Fix, StringComparison.Ordinal);
        Assert.Contains("Unknown corruption kind 'feature-noise'", Assert.Throws<InputException>(() => DatasetLoader.Load(unknownKind, 1)).Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FractionsLeavingNoTraining_AreBadInput()
    {
        var ex = Assert.Throws<InputException>(() => DatasetLoader.Load(Tabular() with { ValidationFraction = 0.5, TestFraction = 0.5 }, 1));

        Assert.Contains("leaving nothing to train on", ex.Errors[0].Message, StringComparison.Ordinal);
    }

    private string GroupedCsv(string name, int groups, int rowsPerGroup, int firstValue = 0)
    {
        var lines = new List<string> { "query,x1,x2,click" };
        var value = firstValue;
        for (var g = 0; g < groups; g++)
        {
            for (var r = 0; r < rowsPerGroup; r++, value++)
            {
                lines.Add(FormattableString.Invariant($"q{g},{value},{value * 0.5},{(r == 0 ? 1 : 0)}"));
            }
        }

        return _dir.Write(name, string.Join('\n', lines) + "\n");
    }

    private static DatasetRequest Csv(string path, string? group = "query") =>
        new("csv", CsvSource.Name, PluginParameters.Empty) { Path = path, LabelColumn = "click", GroupColumn = group, Standardize = false };

    [Fact]
    public void Load_CsvWithGroups_SplitsByGroupAndKeepsRowOrder()
    {
        var path = GroupedCsv("train.csv", groups: 20, rowsPerGroup: 3);

        var prepared = DatasetLoader.Prepare(Csv(path), 7);

        var split = prepared.Split;
        Assert.Equal((30, 15, 15), (split.Train.Count, split.Validation.Count, split.Test.Count));
        var groupsIn = new[] { split.Train, split.Validation, split.Test }.Select(s => s.Groups.ToArray().ToHashSet()).ToArray();
        Assert.Equal([10, 5, 5], groupsIn.Select(g => g.Count));
        Assert.Empty(groupsIn[0].Intersect(groupsIn[1]).Concat(groupsIn[0].Intersect(groupsIn[2])).Concat(groupsIn[1].Intersect(groupsIn[2])));
        // x1 is the input row number, so ascending x1 means input order.
        var x1 = Enumerable.Range(0, split.Train.Count).Select(i => split.Train.Row(i)[0]).ToArray();
        Assert.Equal(x1.Order(), x1);
    }

    [Fact]
    public void Load_CsvWithZeroFractions_TrainIsTheWholeFileInInputOrder()
    {
        var path = GroupedCsv("score.csv", groups: 4, rowsPerGroup: 2);

        var split = DatasetLoader.Load(Csv(path) with { ValidationFraction = 0, TestFraction = 0 }, 1);

        Assert.Equal(Enumerable.Range(0, 8).Select(i => (float)i), Enumerable.Range(0, 8).Select(i => split.Train.Row(i)[0]));
        Assert.Equal(0, split.Validation.Count);
        Assert.Equal(0, split.Test.Count);
    }

    [Fact]
    public void Load_CsvWithValidationAndTestFiles_UsesThemAndSharesGroupIds()
    {
        var train = GroupedCsv("train.csv", groups: 3, rowsPerGroup: 2);
        var validation = GroupedCsv("validation.csv", groups: 4, rowsPerGroup: 1, firstValue: 100);
        var test = GroupedCsv("test.csv", groups: 2, rowsPerGroup: 1, firstValue: 200);

        var split = DatasetLoader.Load(Csv(train) with { ValidationPath = validation, TestPath = test }, 1);

        Assert.Equal((6, 4, 2), (split.Train.Count, split.Validation.Count, split.Test.Count));
        Assert.Equal([0, 0, 1, 1, 2, 2], split.Train.Groups.ToArray());
        Assert.Equal([0, 1, 2, 3], split.Validation.Groups.ToArray()); // q0..q2 keep their training ids, q3 is new
        Assert.Equal(100f, split.Validation.Row(0)[0]);
    }

    [Fact]
    public void Load_CsvWithOnlyAValidationFile_HoldsOutTestFromTraining()
    {
        var train = GroupedCsv("train.csv", groups: 8, rowsPerGroup: 2);
        var validation = GroupedCsv("validation.csv", groups: 2, rowsPerGroup: 2, firstValue: 100);

        var split = DatasetLoader.Load(Csv(train) with { ValidationPath = validation }, 1);

        Assert.Equal((12, 4, 4), (split.Train.Count, split.Validation.Count, split.Test.Count));
        Assert.Equal(100f, split.Validation.Row(0)[0]);
    }

    [Fact]
    public void Load_CsvCompanionWithOtherColumns_NamesTheFile()
    {
        var train = GroupedCsv("train.csv", groups: 4, rowsPerGroup: 2);
        var validation = _dir.Write("validation.csv", "query,x2,x1,click\nq0,1,2,1\n");

        var ex = Assert.Throws<InputException>(() => DatasetLoader.Load(Csv(train) with { ValidationPath = validation }, 1));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(validation, error.Location.File);
        Assert.Contains("expected x1, x2; found x2, x1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CsvWithoutPathOrLabel_ReportsBoth()
    {
        var request = new DatasetRequest("mine", CsvSource.Name, PluginParameters.Empty);

        var ex = Assert.Throws<InputException>(() => DatasetLoader.Load(request, 1));

        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("no training file path", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("no label column", ex.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LabelFlipOnGradedCsv_NamesTheTrainingFile()
    {
        var path = _dir.Write("graded.csv", "x,click\n1,0\n2,1\n3,2\n4,0\n5,1\n6,2\n7,0\n8,1\n");
        var request = Csv(path, group: null) with
        {
            ValidationFraction = 0,
            TestFraction = 0,
            Corruption = new CorruptionRequest(LabelFlipCorruption.Name, 0.2, PluginParameters.Empty),
        };

        var ex = Assert.Throws<InputException>(() => DatasetLoader.Load(request, 1));

        Assert.Equal(path, ex.Errors[0].Location.File);
        Assert.Contains("needs binary labels", ex.Errors[0].Message, StringComparison.Ordinal);
    }
}
