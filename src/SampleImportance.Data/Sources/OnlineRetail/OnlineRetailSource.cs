using SampleImportance.Abstractions;
using SampleImportance.Data.Csv;
using SampleImportance.Data.Preprocessing;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>
/// <c>online-retail</c>: UCI Online Retail purchases as implicit feedback (<see cref="RetailFeatures"/>): user × item
/// rows labelled purchased (1) or a seeded sampled negative (0), id columns <c>user</c> (the CustomerID) and <c>item</c>
/// (stock codes numbered in order of first appearance, shared by the files). Without companion files the rows are
/// split by user, so a user's purchases are valued, trained and tested in one split; with <c>validation</c> / <c>test</c>
/// files (later days) the split is by time. <c>item-buyers</c> is fitted on the training split only, leaving each
/// training user out.
/// </summary>
internal sealed class OnlineRetailSource : IDataSource
{
    public const string Name = "online-retail";
    public const string UserColumn = "user";
    public const string ItemColumn = "item";

    private static readonly OptionsBinder<OnlineRetailOptions> Binder = new OptionsBinder<OnlineRetailOptions>()
        .Integer("negatives", o => o.Negatives, (o, v) => o.Negatives = v, "Sampled non-purchased items per purchased item.", 0, 100)
        .Integer("users", o => o.Users, (o, v) => o.Users = v, "Users of the training file to keep, drawn with the seed; 0 keeps all.", 0, 10_000_000);

    public DataSourceDescriptor Describe() => new(
        Name,
        "UCI Online Retail purchases as implicit feedback: user-item rows, label = purchased or sampled negative; split by user (or by day with companion files).",
        Binder.Descriptors,
        LabelKinds.Binary,
        ReadsFiles: true);

    public SourceRows Load(DataSourceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (path, files) = TrainingPath.Required(context, "Online Retail", "Set 'path' to a day file, e.g. 2010-12-01.csv.");

        var options = Binder.Bind(context.Parameters);
        var itemIds = new GroupIdMap();
        var purchases = RetailCsvReader.Read(path);
        HashSet<int>? users = null;
        var all = purchases.Select(p => p.User).Distinct().ToList();
        if (options.Users > 0 && options.Users < all.Count)
        {
            users = [.. all.OrderBy(_ => context.Random.Next()).Take(options.Users)];
        }

        var train = RetailFeatures.ToSampleSet(purchases, users, options.Negatives, itemIds, context.Random);
        SampleSet? Companion(string? file) => file is null ? null : RetailFeatures.ToSampleSet(RetailCsvReader.Read(file), null, options.Negatives, itemIds, context.Random);
        return new SourceRows(
            train,
            train.Column(UserColumn).ToArray(),
            Companion(files.ValidationPath),
            Companion(files.TestPath),
            FitOnTrain: t => LeaveUnitOutAggregate.Fit(t, ItemColumn, UserColumn, (rows, row) => rows.Labels[row], (sum, _) => [(RetailFeatures.ItemBuyers, (float)double.LogP1(Math.Max(0, sum)))]));
    }
}
