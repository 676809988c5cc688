using System.CommandLine;
using System.Diagnostics;
using SampleImportance.Abstractions;
using SampleImportance.Cli.Output;
using SampleImportance.Cli.Plugins;
using SampleImportance.Engine.Estimation;
using SampleImportance.Engine.Utility;
using SampleImportance.Evaluation.Metrics;
using SampleImportance.Hosting;
using SampleImportance.Kernels;
using SampleImportance.Reporting.Values;
using SampleImportance.Validation;
using SampleImportance.Validation.Parameters;

namespace SampleImportance.Cli.Commands;

/// <summary>
/// <c>score --train CSV [--validation CSV] --label COL --estimator ID [--model ID] [--param k=v]... --out CSV</c>:
/// values for a user's own data, written as <c>index,value</c> per training row in input order. Features are used
/// exactly as given. Without <c>--validation</c> the utility is scored on the training file itself (in-sample).
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "Training file: CSV (header row; every column but label/group is a numeric feature), SVMlight (label qid:Q i:v), OTTO JSON Lines, or NumPy X.npy (float32/float64 rows × features) with its labels in X.labels.npy.", Required = true };
        var validation = new Option<string?>("--validation") { Description = "Validation file in the same format and columns (default: the training file, in-sample)." };
        var label = new Option<string?>("--label") { Description = "Label column name (CSV)." };
        var group = new Option<string?>("--group") { Description = "Group (query/user) column name, excluded from features (CSV; an SVMlight qid is the group)." };
        var format = new Option<string?>("--format") { Description = "File format: csv, svmlight, npy or jsonl (default: from the training file's extension; .txt/.svm are svmlight)." };
        var estimator = new Option<string>("--estimator") { Description = "Estimator id, e.g. knn-shapley.", Required = true };
        var model = new Option<string>("--model") { Description = "Model id (default logistic-regression).", DefaultValueFactory = _ => "logistic-regression" };
        var parameters = new Option<string[]>("--param") { Description = "Estimator parameter name=value (repeatable).", DefaultValueFactory = _ => [] };
        var modelParameters = new Option<string[]>("--model-param") { Description = "Model parameter name=value (repeatable).", DefaultValueFactory = _ => [] };
        var seed = new Option<int>("--seed") { Description = "Seed (default 1): the model's seed and, mixed with --estimator-seed, the estimator's; the same as a suite cell's seed.", DefaultValueFactory = _ => 1 };
        var estimatorSeed = new Option<int>("--estimator-seed") { Description = "Estimator seed (default 1), as a suite's estimator-seeds axis.", DefaultValueFactory = _ => 1 };
        var metric = new Option<string?>("--metric") { Description = "Utility metric (default: the model's), e.g. accuracy, auc, ndcg@10." };
        var unit = new Option<string>("--unit") { Description = "What to value: row (default) or an id column named with --column, e.g. session.", DefaultValueFactory = _ => UnitPartition.RowUnit };
        var columns = new Option<string[]>("--column") { Description = "An id column (integers are kept as written, other text is numbered in order of appearance) to keep out of the features and allow as a --unit (repeatable).", DefaultValueFactory = _ => [] };
        var output = new Option<string>("--out") { Description = "Output CSV: index,value.", Required = true };
        var plugins = CommonOptions.Plugins();
        var device = CommonOptions.Device();
        var command = new Command("score", "Value every row of your own training data with one estimator.")
        {
            train, validation, format, label, group, estimator, model, parameters, modelParameters, seed, estimatorSeed, metric, unit, columns, output, plugins, device,
        };
        command.SetAction((parse, token) => ExecuteAsync(
            new ScoreRequest(
                parse.GetValue(train)!,
                parse.GetValue(validation),
                parse.GetValue(format),
                parse.GetValue(label),
                parse.GetValue(group),
                parse.GetValue(estimator)!,
                parse.GetValue(model)!,
                parse.GetValue(parameters) ?? [],
                parse.GetValue(modelParameters) ?? [],
                parse.GetValue(seed),
                parse.GetValue(estimatorSeed),
                parse.GetValue(metric),
                parse.GetValue(unit)!,
                parse.GetValue(columns) ?? [],
                parse.GetValue(output)!,
                parse.GetValue(plugins) ?? [],
                parse.GetValue(device)!),
            token));
        return command;
    }

    private static async Task<int> ExecuteAsync(ScoreRequest request, CancellationToken token)
    {
        // The data loads while the plugins do: both are mostly one-off work (parsing, and JIT plus reflection for the
        // plugins), and at 50,000 rows each is about a fifth of the whole command. Its errors are reported after the
        // plugin errors, in the same order as before.
        var inputErrors = new List<ValidationError>();
        var loading = Task.Run(() => ScoreInput.Load(request.Train, request.Validation, request.Format, request.Label, request.Group, request.Columns, request.Seed, inputErrors), CancellationToken.None);
        using var catalog = CliPlugins.Load(request.PluginDirectories);
        var errors = new List<ValidationError>();
        var commandLine = new SourceLocation("<command line>");
        var estimatorDescriptor = catalog.Estimators.FirstOrDefault(e => e.Id == request.Estimator);
        var modelDescriptor = catalog.Models.FirstOrDefault(m => m.Id == request.Model);
        if (estimatorDescriptor is null)
        {
            errors.Add(new ValidationError($"Unknown estimator '{request.Estimator}'.", commandLine, "Use one of: " + string.Join(", ", catalog.Estimators.Select(e => e.Id)) + "."));
        }

        if (modelDescriptor is null)
        {
            errors.Add(new ValidationError($"Unknown model '{request.Model}'.", commandLine, "Use one of: " + string.Join(", ", catalog.Models.Select(m => m.Id)) + "."));
        }

        var estimatorParameters = estimatorDescriptor is null ? PluginParameters.Empty
            : ParameterValidator.ValidateAssignments(request.Parameters, estimatorDescriptor.Parameters, $"estimator '{estimatorDescriptor.Id}'", new SourceLocation("--param"), errors);
        var modelParameters = modelDescriptor is null ? PluginParameters.Empty
            : ParameterValidator.ValidateAssignments(request.ModelParameters, modelDescriptor.Parameters, $"model '{modelDescriptor.Id}'", new SourceLocation("--model-param"), errors);

        var metrics = MetricCatalog.CreateDefault();
        if (request.Metric is not null && !metrics.TryCreate(request.Metric, out _, out var metricProblem))
        {
            errors.Add(new ValidationError(metricProblem, new SourceLocation("--metric"), NameSuggester.Fix(request.Metric, metrics.Names, "Metrics")));
        }

        var input = await loading;
        errors.AddRange(inputErrors);
        var trainSet = input?.Train;
        var validationSet = input?.Validation;

        IComputeBackend? backend = null;
        if (errors.Count == 0)
        {
            try
            {
                backend = ComputeBackendFactory.Create(request.Device);
            }
            catch (ComputeBackendUnavailableException ex)
            {
                errors.Add(new ValidationError(ex.Message, new SourceLocation("--device"), "Use --device auto or --device cpu."));
            }
        }

        var outPath = Path.GetFullPath(request.Output);
        if (Directory.Exists(outPath))
        {
            errors.Add(new ValidationError($"--out names a directory ({outPath}), but score writes one CSV file.", new SourceLocation("--out"), "Give a file path, e.g. --out scores.csv."));
        }

        if (errors.Count > 0)
        {
            ErrorPrinter.Print(errors);
            return ExitCodes.BadInput;
        }

        using var disposeBackend = backend;
        var pipeline = new EstimationPipeline(catalog, metrics, backend!, TimeSpan.FromSeconds(5));
        var estimation = new EstimationRequest(
            trainSet!,
            validationSet!,
            request.Unit,
            estimatorDescriptor!.Id,
            estimatorParameters,
            modelDescriptor!.Id,
            modelParameters,
            request.Metric,
            request.Seed,
            request.EstimatorSeed,
            EstimationBudget.Unlimited);
        var clock = Stopwatch.StartNew();
        EstimationOutcome result;
        try
        {
            result = await pipeline.RunAsync(estimation, new UtilityCache(), token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            System.Console.Error.WriteLine("Stopped; nothing was written.");
            return ExitCodes.CellsFailed;
        }
        catch (EstimationNotApplicableException ex)
        {
            ErrorPrinter.Print([new ValidationError(ex.Message, commandLine, "Change --estimator, --model, --metric or --unit so they fit the data.")]);
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            System.Console.Error.WriteLine($"error: estimator '{estimatorDescriptor.Id}' failed: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.CellsFailed;
        }

        // The same writer as run's values/*.csv, so the two files can be compared byte for byte.
        try
        {
            ValuesCsv.Write(outPath, result.Units, result.Values);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ErrorPrinter.Print([new ValidationError($"Could not write {outPath}: {ex.Message}", new SourceLocation("--out"), "Give a writable file path.")]);
            return ExitCodes.BadInput;
        }

        System.Console.WriteLine(FormattableString.Invariant(
            $"Scored {result.Units.Count} {(result.Units.IsRows ? "rows" : result.Units.Name + " groups")} with {estimatorDescriptor.Id} ({modelDescriptor.Id}, {result.Metric.Describe().Name}) on {backend!.Name} in {clock.Elapsed.TotalSeconds:0.00} s, {result.UtilityEvaluations} utility evaluations → {outPath}"));
        foreach (var note in result.Notes)
        {
            System.Console.WriteLine("note: " + note);
        }

        return ExitCodes.Success;
    }

    private sealed record ScoreRequest(
        string Train,
        string? Validation,
        string? Format,
        string? Label,
        string? Group,
        string Estimator,
        string Model,
        string[] Parameters,
        string[] ModelParameters,
        int Seed,
        int EstimatorSeed,
        string? Metric,
        string Unit,
        string[] Columns,
        string Output,
        string[] PluginDirectories,
        string Device);
}
