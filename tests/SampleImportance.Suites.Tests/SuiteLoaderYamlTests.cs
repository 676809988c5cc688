using System.Security.Cryptography;
using System.Text;
using SampleImportance.Suites.Reading;

namespace SampleImportance.Suites.Tests;

public sealed class SuiteLoaderYamlTests
{
    private const string Minimal = """
        name: minimal
        seeds: [1]
        datasets: [{ id: d, source: synthetic/tabular }]
        models: [{ id: m, plugin: knn }]
        estimators: [{ id: e, plugin: knn-shapley }]
        """;

    [Fact]
    public void Bad_indentation_is_one_error_at_the_parser_position()
    {
        var result = SuiteAssert.Load("name: x\nseeds: [1]\n  datasets: 3\n");

        Assert.False(result.Succeeded);
        Assert.Null(result.Plan);
        var error = Assert.Single(result.Problems);
        Assert.StartsWith("Malformed YAML", error.Message, StringComparison.Ordinal);
        Assert.Equal((3, 3), (error.Location.Line, error.Location.Column));
        Assert.NotNull(error.Fix);
    }

    [Fact]
    public void Unclosed_quote_is_reported_where_the_quote_opens()
    {
        var result = SuiteAssert.Load("name: x\nseeds: [1]\ndatasets: 'oops\n");

        var error = Assert.Single(result.Problems);
        Assert.Equal((3, 11), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Unclosed_flow_list_followed_by_more_keys_names_the_open_bracket()
    {
        // YamlDotNet's scanner throws without a position here; the loader still points at the list.
        var result = SuiteAssert.Load("name: x\nseeds: [1, 2\nmodels: 3\n");

        var error = Assert.Single(result.Problems);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("unclosed '['", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2, column 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_key_is_a_syntax_error_on_its_line()
    {
        var result = SuiteAssert.Load(Minimal + "\nname: again\n");

        var error = Assert.Single(result.Problems);
        Assert.Equal(6, error.Location.Line);
        Assert.Contains("Duplicate key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_are_rejected_each_at_its_node()
    {
        var result = SuiteAssert.Load("""
            name: !Suite tagged
            seeds: !!seq [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models: [{ id: m, plugin: knn, params: { k: !int 3 } }]
            estimators: [{ id: e, plugin: knn-shapley }]
            """);

        Assert.False(result.Succeeded);
        var errors = SuiteAssert.Errors(result);
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Contains("YAML tags are not supported", e.Message, StringComparison.Ordinal));
        Assert.Equal([1, 2, 4], errors.Select(e => e.Location.Line));
        Assert.Contains("'!Suite'", errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Empty_text_is_one_error(string yaml)
    {
        var result = SuiteAssert.Load(yaml);

        var error = Assert.Single(result.Problems);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_that_is_not_a_mapping_is_an_error()
    {
        var result = SuiteAssert.Load("- name: x\n");

        var error = Assert.Single(result.Problems);
        Assert.Contains("must be a mapping", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Location.Line);
    }

    [Fact]
    public void Second_document_is_an_error()
    {
        var result = SuiteAssert.Load(Minimal + "\n---\nname: other\n");

        SuiteAssert.ErrorAt(result, 7, "one YAML document");
    }

    [Fact]
    public void Anchors_and_aliases_are_plain_data()
    {
        var plan = SuiteAssert.Valid("""
            name: aliases
            seeds: [1]
            datasets: [{ id: d, source: synthetic/tabular }]
            models: [{ id: m, plugin: knn, params: &shared { k: 9 } }]
            estimators: [{ id: e, plugin: knn-shapley, params: *shared }]
            """);

        Assert.Equal("9", plan.Estimators[0].Parameters.Values["k"]);
    }

    [Fact]
    public void Sha256_is_the_hash_of_the_text_and_is_deterministic()
    {
        var first = SuiteAssert.Valid(Minimal);
        var second = SuiteAssert.Valid(Minimal);
        var commented = SuiteAssert.Valid(Minimal + "\n# a comment changes the text\n");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Minimal))), first.Sha256);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(64, first.Sha256.Length);
        Assert.NotEqual(first.Sha256, commented.Sha256);
    }

    [Fact]
    public void Sha256_of_a_known_text_matches_the_published_digest()
    {
        // sha256("abc"), FIPS 180-2 appendix B.1; the suite is invalid but the loader's hash helper is what is checked.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SuiteLoader.Sha256("abc"));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_one_error_at_the_level_that_crosses_it()
    {
        // 100 000 levels would overflow the stack of the recursive node builder without the limit.
        var deep = new string('[', 100_000);
        var result = SuiteAssert.Load("name: x\nseeds: [1]\nmodels: " + deep + "\n");

        Assert.Null(result.Plan);
        var error = SuiteAssert.ErrorAt(result, 3, "more than 64 levels");
        // The root mapping is level 1, so the 64th '[' opens the 65th collection.
        Assert.Equal("models: ".Length + 63 + 1, error.Location.Column);
        Assert.NotNull(error.Fix);
    }

    [Fact]
    public void Nesting_at_the_limit_is_read()
    {
        // The value sits at the root mapping's level + 63 lists: 64 collections in all.
        var nested = new string('[', 63) + "1" + new string(']', 63);
        var result = SuiteAssert.Load(Minimal + "\nextra: " + nested + "\n");

        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("levels deep", StringComparison.Ordinal));
    }
}
