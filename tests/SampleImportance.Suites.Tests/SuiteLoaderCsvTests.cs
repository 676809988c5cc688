using SampleImportance.Suites.Reading;

namespace SampleImportance.Suites.Tests;

public sealed class SuiteLoaderCsvTests : IDisposable
{
    private readonly TempSuiteFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Csv_paths_are_resolved_against_the_suite_file_folder()
    {
        var train = _folder.Write("suites/data/train.csv", "clicked,f1\n1,0.5\n");
        var validation = _folder.Write("suites/data/val.csv", "clicked,f1\n0,0.1\n");
        var test = _folder.Write("shared/test.csv", "clicked,f1\n1,0.2\n");
        var suiteFile = _folder.Write("suites/csv.yaml", """
            name: csv
            seeds: [1]
            datasets:
              - id: logs
                source: csv
                path: data/train.csv
                validation: ./data/val.csv
                test: ../shared/test.csv
                label: clicked
                group: query_id
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            """);

        var result = SuiteLoader.LoadFile(suiteFile, new FakePluginCatalog());

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        var plan = result.Plan!;
        Assert.Equal(suiteFile, plan.File);
        var request = plan.Datasets[0].Request;
        Assert.Equal("csv", request.Source);
        Assert.Equal(train, request.Path);
        Assert.Equal(validation, request.ValidationPath);
        Assert.Equal(test, request.TestPath);
        Assert.Equal("clicked", request.LabelColumn);
        Assert.Equal("query_id", request.GroupColumn);
        Assert.Equal(["categorical=", "hash-buckets=16", "missing=error"], request.Parameters.Values.Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal)); // the defaults
        Assert.Equal(suiteFile, plan.Datasets[0].Location.File);
    }

    [Fact]
    public void Missing_csv_file_is_an_error_naming_the_resolved_path()
    {
        _folder.Write("data/train.csv", "clicked\n1\n");
        var suiteFile = _folder.Write("suite.yaml", """
            name: csv
            seeds: [1]
            datasets:
              - { id: logs, source: csv, path: data/train.csv, test: data/missing.csv, label: clicked }
              - { id: other, source: csv, path: data }
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            """);

        var result = SuiteLoader.LoadFile(suiteFile, new FakePluginCatalog());

        Assert.False(result.Succeeded);
        var missing = result.Problems.Single(p => p.Message.Contains("File not found", StringComparison.Ordinal));
        Assert.Contains(Path.Combine(_folder.Path, "data", "missing.csv"), missing.Message, StringComparison.Ordinal);
        Assert.Equal((suiteFile, 4), (missing.Location.File, missing.Location.Line));
        var folder = result.Problems.Single(p => p.Message.Contains("names a folder", StringComparison.Ordinal));
        Assert.Equal(5, folder.Location.Line);
        var label = result.Problems.Single(p => p.Message.Contains("'datasets[1].label' is required", StringComparison.Ordinal));
        Assert.Equal(5, label.Location.Line);
        Assert.Equal(3, result.Problems.Count);
    }

    [Fact]
    public void Csv_only_keys_on_a_synthetic_source_are_errors()
    {
        var result = SuiteAssert.Load("""
            name: wrong
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular, path: a.csv, label: y }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            """);

        SuiteAssert.ErrorAt(result, 3, "'datasets[0].path' applies only to csv or svmlight or npy or otto-sessions or esci or online-retail datasets");
        SuiteAssert.ErrorAt(result, 3, "'datasets[0].label' applies only to csv or svmlight or npy or otto-sessions or esci or online-retail datasets");
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public void Unknown_csv_params_are_rejected_naming_the_accepted_ones()
    {
        _folder.Write("t.csv", "y\n1\n");
        var result = SuiteAssert.Load(
            """
            name: csv
            seeds: [1]
            datasets: [{ id: d, source: csv, path: t.csv, label: y, params: { rows: 5 } }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            """,
            _folder.Path);

        var error = SuiteAssert.ErrorAt(result, 3, "Unknown parameter 'rows' for source 'csv'");
        Assert.Contains("categorical, hash-buckets, missing", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_and_group_are_errors_for_a_format_that_carries_them()
    {
        _folder.Write("t.txt", "1 qid:1 1:0.5\n");
        var result = SuiteAssert.Load(
            """
            name: svm
            seeds: [1]
            datasets: [{ id: d, source: svmlight, path: t.txt, label: y }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            """,
            _folder.Path);

        SuiteAssert.ErrorAt(result, 3, "'datasets[0].label' does not apply to source 'svmlight'");
        Assert.Single(result.Problems);
    }

    [Fact]
    public void Missing_suite_file_is_one_error_naming_it()
    {
        var path = Path.Combine(_folder.Path, "nope.yaml");

        var result = SuiteLoader.LoadFile(path, new FakePluginCatalog());

        var error = Assert.Single(result.Problems);
        Assert.Null(result.Plan);
        Assert.Equal(path, error.Location.File);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_given_as_suite_file_is_one_error()
    {
        var result = SuiteLoader.LoadFile(_folder.Path, new FakePluginCatalog());

        var error = Assert.Single(result.Problems);
        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_and_text_loads_of_the_same_suite_agree()
    {
        const string Yaml = """
            name: same
            seeds: [3, 1]
            datasets: [{ id: d, source: synthetic/ecommerce-search }]
            models: [{ id: m, plugin: knn }]
            estimators: [{ id: e, plugin: knn-shapley }]
            """;
        var file = _folder.Write("same.yaml", Yaml);

        var fromFile = SuiteLoader.LoadFile(file, new FakePluginCatalog()).Plan!;
        var fromText = SuiteLoader.LoadText(Yaml, "embedded:same.yaml", _folder.Path, new FakePluginCatalog()).Plan!;

        Assert.Equal(fromText.Sha256, fromFile.Sha256);
        Assert.Equal(fromText.Cells.Select(c => c.Key), fromFile.Cells.Select(c => c.Key));
        Assert.Equal("embedded:same.yaml", fromText.File);
    }
}
