using SampleImportance.Abstractions;
using SampleImportance.Validation;
using SampleImportance.Validation.Parameters;

namespace SampleImportance.Suites.Tests;

// Lives with the suite tests: suites are ParameterValidator's main caller and share its filter.
public sealed class ParameterValidatorTests
{
    private static readonly SourceLocation Cli = new("--param");

    private static readonly ParameterDescriptor[] Descriptors =
    [
        new("k", ParameterKind.Integer, "5", "Neighbours.", Minimum: 1, Maximum: 100),
        new("rate", ParameterKind.Number, "0.50", "Rate.", Minimum: 0),
        new("fast", ParameterKind.Boolean, "False", "Fast mode."),
        new("name", ParameterKind.Text, "plain", "A label."),
    ];

    [Fact]
    public void Validate_absent_parameters_get_canonical_defaults_in_descriptor_order()
    {
        var problems = new List<ValidationError>();

        var parameters = ParameterValidator.Validate([], Descriptors, "test plugin", problems);

        Assert.Empty(problems);
        Assert.Equal(["k", "rate", "fast", "name"], parameters.Values.Keys);
        Assert.Equal(["5", "0.5", "false", "plain"], parameters.Values.Values);
    }

    [Fact]
    public void Validate_given_values_are_normalized_to_invariant_text()
    {
        var problems = new List<ValidationError>();
        ParameterInput[] given =
        [
            new("name", " spaced text ", Cli),
            new("rate", "1e-3", Cli),
            new("fast", "TRUE", Cli),
            new("k", "+07", Cli),
        ];

        var parameters = ParameterValidator.Validate(given, Descriptors, "test plugin", problems);

        Assert.Empty(problems);
        Assert.Equal(7, parameters.GetInt32("k", 0));
        Assert.Equal("7", parameters.Values["k"]);
        Assert.Equal("0.001", parameters.Values["rate"]);
        Assert.Equal("true", parameters.Values["fast"]);
        Assert.Equal(" spaced text ", parameters.Values["name"]);
    }

    [Theory]
    [InlineData("k", "0", "must be at least 1 (got 0)", "Use a value in [1, 100].")]
    [InlineData("k", "101", "must be at most 100 (got 101)", "Use a value in [1, 100].")]
    [InlineData("k", "3000000000", "must be a whole number (32-bit), not '3000000000'", "Write a whole number such as 5.")]
    [InlineData("k", "1,5", "must be a whole number (32-bit), not '1,5'", "Write a whole number such as 5.")]
    [InlineData("rate", "-0.1", "must be at least 0 (got -0.1)", "Use a value in [0, ∞).")]
    [InlineData("rate", "NaN", "must be a finite number, not 'NaN'", "Write a number such as 0.50 (a '.' as decimal separator).")]
    [InlineData("rate", "0,5", "must be a finite number, not '0,5'", "Write a number such as 0.50 (a '.' as decimal separator).")]
    [InlineData("fast", "1", "must be true or false, not '1'", "Write true or false.")]
    public void Validate_bad_value_is_one_error_at_its_location(string name, string text, string expected, string fix)
    {
        var problems = new List<ValidationError>();
        var at = new SourceLocation("suite.yaml", 4, 9);

        var parameters = ParameterValidator.Validate([new(name, text, at)], Descriptors, "test plugin", problems);

        var error = Assert.Single(problems);
        Assert.Equal($"Parameter '{name}' of test plugin {expected}.", error.Message);
        Assert.Equal(fix, error.Fix);
        Assert.Equal(at, error.Location);
        Assert.Equal(ValidationSeverity.Error, error.Severity);
        Assert.Equal(ParameterValidator.Validate([], Descriptors, "test plugin", []).Values[name], parameters.Values[name]);
    }

    [Fact]
    public void Validate_text_outside_the_allowed_values_is_an_error_with_a_suggestion()
    {
        var problems = new List<ValidationError>();
        ParameterDescriptor[] choice = [new("truncation", ParameterKind.Text, "relative", "Rule.", AllowedValues: ["relative", "paper"])];

        ParameterValidator.Validate([new ParameterInput("truncation", "papr", Cli)], choice, "test plugin", problems);

        var problem = Assert.Single(problems);
        Assert.Contains("must be one of relative, paper, not 'papr'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("paper", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_unknown_and_repeated_names_are_all_reported()
    {
        var problems = new List<ValidationError>();
        ParameterInput[] given = [new("kk", "3", Cli), new("k", "3", Cli), new("k", "4", Cli), new("zzz", "1", Cli)];

        var parameters = ParameterValidator.Validate(given, Descriptors, "test plugin", problems);

        Assert.Equal(3, problems.Count);
        Assert.Equal("Unknown parameter 'kk' for test plugin.", problems[0].Message);
        Assert.Equal("Did you mean 'k'? It takes: k, rate, fast, name.", problems[0].Fix);
        Assert.Equal("Parameter 'k' of test plugin is given more than once.", problems[1].Message);
        Assert.Equal("It takes: k, rate, fast, name.", problems[2].Fix);
        Assert.Equal("3", parameters.Values["k"]);
        Assert.False(parameters.Values.ContainsKey("kk"));
    }

    [Fact]
    public void Validate_parameters_for_a_plugin_without_any_say_so()
    {
        var problems = new List<ValidationError>();

        var parameters = ParameterValidator.Validate([new("k", "1", Cli)], [], "source 'csv'", problems);

        Assert.Empty(parameters.Values);
        Assert.Equal("Remove it: source 'csv' takes no parameters.", Assert.Single(problems).Fix);
    }

    [Fact]
    public void ParseAssignments_splits_at_the_first_equals_sign()
    {
        var problems = new List<ValidationError>();

        var inputs = ParameterValidator.ParseAssignments(["k=5", " name = a=b ", "empty="], Cli, problems);

        Assert.Empty(problems);
        Assert.Equal(
            [new ParameterInput("k", "5", Cli), new ParameterInput("name", "a=b", Cli), new ParameterInput("empty", string.Empty, Cli)],
            inputs);
    }

    [Fact]
    public void ParseAssignments_reports_each_malformed_string_at_the_given_location()
    {
        var problems = new List<ValidationError>();

        var inputs = ParameterValidator.ParseAssignments(["k", "=5", "ok=1"], Cli, problems);

        Assert.Equal([new ParameterInput("ok", "1", Cli)], inputs);
        Assert.Equal(2, problems.Count);
        Assert.Equal("Expected a parameter as name=value, got 'k'.", problems[0].Message);
        Assert.Equal("Expected a parameter as name=value, got '=5'.", problems[1].Message);
        Assert.All(problems, p => Assert.Equal(Cli, p.Location));
    }

    [Fact]
    public void ValidateAssignments_reports_cli_errors_with_the_cli_location()
    {
        var problems = new List<ValidationError>();

        ParameterValidator.ValidateAssignments(["k=0"], Descriptors, "estimator plugin 'knn-shapley'", Cli, problems);

        var error = Assert.Single(problems);
        Assert.Equal("--param: error: Parameter 'k' of estimator plugin 'knn-shapley' must be at least 1 (got 0). Fix: Use a value in [1, 100].", error.ToString());
    }

    [Fact]
    public void ValidateAssignments_returns_effective_parameters_and_reports_malformed_strings()
    {
        var problems = new List<ValidationError>();

        var parameters = ParameterValidator.ValidateAssignments(["k=9", "fast"], Descriptors, "test plugin", Cli, problems);

        Assert.Equal("Expected a parameter as name=value, got 'fast'.", Assert.Single(problems).Message);
        Assert.Equal(["9", "0.5", "false", "plain"], parameters.Values.Values);
    }
}
