using SampleImportance.Abstractions;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>
/// <c>otto-sessions</c>: OTTO webshop sessions in JSON Lines (<c>{"session":..,"events":[{"aid":..,"ts":..,"type":"clicks|carts|orders"}]}</c>),
/// optionally with validation and test files. One row per (session, clicked item), labelled 1 when the session
/// ordered it (parameter <c>target</c>), with click-only features (<see cref="OttoSessionFeatures"/>) and item
/// popularity fitted on the training split (<see cref="ItemPopularity"/>). Id columns <c>session</c> and <c>item</c>;
/// rows are split by session.
/// </summary>
internal sealed class OttoSessionsSource : IDataSource
{
    public const string Name = "otto-sessions";
    public const string SessionColumn = "session";
    public const string ItemColumn = "item";

    private static readonly OptionsBinder<OttoSessionsOptions> Binder = new OptionsBinder<OttoSessionsOptions>()
        .Text("target", o => o.Target, (o, v) => o.Target = v, "Label 1 when the session orders the clicked item (orders), carts it (carts), or either.", ["orders", "carts", "carts-or-orders"]);

    public DataSourceDescriptor Describe() => new(
        Name,
        "OTTO sessions (JSON Lines): one row per (session, clicked item), label = ordered, click-only features; split by session.",
        Binder.Descriptors,
        LabelKinds.Binary,
        ReadsFiles: true)
    {
        Format = "jsonl",
        Extensions = [".jsonl", ".ndjson"],
    };

    public SourceRows Load(DataSourceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (_, files) = TrainingPath.Required(context, "OTTO", "Set 'path' to the JSON Lines file.");

        var target = Binder.Bind(context.Parameters).Target;
        var positive = target == "carts-or-orders" ? new HashSet<string> { "carts", "orders" } : [target];
        var sets = new[] { files.Path, files.ValidationPath, files.TestPath }
            .Select(p => p is null ? null : Rows(p, positive))
            .ToArray();
        var train = sets[0]!;
        return new SourceRows(train, train.Column(SessionColumn).ToArray(), sets[1], sets[2], FitOnTrain: ItemPopularity.Fit);
    }

    private static SampleSet Rows(string path, IReadOnlySet<string> positive)
    {
        var rows = OttoSessionFeatures.ToSampleSet(OttoSessionReader.Read(path), positive);
        return rows.Count > 0 ? rows : throw new InputException(new ValidationError("No session in the file has a click, so there are no rows.", new SourceLocation(path, 1, 1), "Give sessions with at least one clicks event."));
    }
}
