using SampleImportance.Build.Tasks.Suppressions;
using SampleImportance.Build.Tests.Support;
using SampleImportance.Reporting.Gates.Suppressions;
using SampleImportance.Validation;

namespace SampleImportance.Build.Tests.Suppressions;

/// <summary>
/// The task reads accepted-regressions files itself (it carries no dependencies), so it must accept exactly the files
/// <c>sampleimportance compare --suppressions</c> accepts, with the same entries at the same lines.
/// </summary>
public sealed class SuppressionFileContractTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string> Files() =>
    [
        SuppressionsJson.One(),
        SuppressionsJson.One(expires: null, cell: "*/*/*/*", check: "max-increase"),
        "{ \"suppressions\": [] }",
        "\uFEFF{ \"suppressions\": [\n { \"cell\": \"a/b/c/d\", \"metric\": \"m\", \"reason\": \"r\" },\n\n { \"cell\": \"*/x*/c/d\", \"metric\": \"n\", \"reason\": \"s\", \"expires\": \"2027-02-28\" } ] }",
        "{ \"suppressions\": [ { \"cell\": \"a/b/c/d\", \"metric\": \"m\" } ] }",
        "{ \"suppressions\": [ { \"cell\": \"a/b/c\", \"metric\": \"m\", \"reason\": \"r\" } ] }",
        "{ \"suppressions\": [ { \"cell\": \"a/b/c/d\", \"metric\": \"m\", \"reason\": \"r\", \"expires\": \"2027-02-30\" } ] }",
        "{ \"suppressions\": [ { \"cell\": \"a/b/c/d\", \"metric\": \"m\", \"reason\": \"r\", \"check\": \"drop\" } ] }",
        "{ \"suppressions\": [ { \"cell\": \"a/b/c/d\", \"metric\": \"m\", \"reason\": \"r\", \"until\": \"x\" } ] }",
        "{ \"suppressions\": [ { \"cell\": \"a/b/c/d\", \"metric\": 3, \"reason\": \"r\" } ] }",
        "{ \"suppressions\": [ { \"cell\": \"a/b/c/d\", \"metric\": \"m\", \"reason\": \"r\", \"reason\": \"again\" } ] }",
        "{ \"suppressions\": [ \"a/b/c/d\" ] }",
        "{ \"suppressions\": [], \"extra\": 1 }",
        "{ \"$schema\": 1, \"suppressions\": [] }",
        "{ \"suppressions\": {} }",
        "{ }",
        "[]",
        "{ \"suppressions\": [ /* no */ ] }",
        "{ \"suppressions\": [ ], }",
        "{ \"suppressions\": [] } {}",
        "{ \"suppressions\": [], \"suppressions\": [ { \"cell\": \"a/b/c/d\", \"metric\": \"m\", \"reason\": \"r\" } ] }",
        string.Empty,
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Task_accepts_exactly_what_compare_accepts_with_the_same_entries(string content)
    {
        var path = _directory.Write("accepted.json", content);
        IReadOnlyList<Suppression>? expected;
        try
        {
            expected = SuppressionFile.Read(path);
        }
        catch (InputException)
        {
            expected = null;
        }

        var actual = AcceptedRegressionsFile.Read(path, out var problems);

        Assert.Equal(expected is null, actual is null);
        Assert.Equal(expected is null, problems.Count > 0);
        if (expected is not null)
        {
            Assert.Equal(
                expected.Select(e => (e.Cell, e.Metric, e.Check, e.Reason, e.Expires, e.Line)),
                actual!.Select(e => (e.Cell, e.Metric, e.Check, e.Reason, e.Expires, e.Line)));
        }
    }
}
