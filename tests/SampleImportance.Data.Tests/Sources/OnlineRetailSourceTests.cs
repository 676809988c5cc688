using SampleImportance.Abstractions;
using SampleImportance.Data.Tests.Support;

namespace SampleImportance.Data.Tests.Sources;

public sealed class OnlineRetailSourceTests : IDisposable
{
    private readonly TempCsvDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Day(string day) => SharedDatasets.File("uci-online-retail-days", $"2010-12-{day}.csv");

    [Fact]
    public void Purchases_become_positive_rows_each_with_a_seeded_negative_the_user_did_not_buy()
    {
        var rows = SourceLoading.Load("online-retail", Day("01"), seed: 3).Rows;

        // 1772 distinct (customer, stock code) purchases by 95 known customers on 2010-12-01, cancellations left out.
        Assert.Equal(2 * 1772, rows.Count);
        Assert.Equal(1772, rows.Labels.ToArray().Count(l => l == 1));
        Assert.Equal(95, rows.Column("user").ToArray().Distinct().Count());
        Assert.Equal(17850, rows.Column("user")[0]);
        var bought = Enumerable.Range(0, rows.Count).Where(r => rows.Labels[r] == 1).Select(r => (rows.Column("user")[r], rows.Column("item")[r])).ToHashSet();
        Assert.All(Enumerable.Range(0, rows.Count).Where(r => rows.Labels[r] == 0), r => Assert.DoesNotContain((rows.Column("user")[r], rows.Column("item")[r]), bought));
        Assert.Equal(SampleSetBytes.Of(rows), SampleSetBytes.Of(SourceLoading.Load("online-retail", Day("01"), seed: 3).Rows));
        Assert.NotEqual(SampleSetBytes.Of(rows), SampleSetBytes.Of(SourceLoading.Load("online-retail", Day("01"), seed: 4).Rows));
    }

    [Fact]
    public void Users_and_negatives_parameters_shape_the_rows()
    {
        var rows = SourceLoading.Load("online-retail", Day("02"), parameters: [("users", "10"), ("negatives", "2")]).Rows;

        Assert.Equal(10, rows.Column("user").ToArray().Distinct().Count());
        Assert.Equal(2 * rows.Labels.ToArray().Count(l => l == 1), rows.Labels.ToArray().Count(l => l == 0));
    }

    [Fact]
    public void Item_buyers_counts_other_training_users_and_companion_days_split_by_time()
    {
        var request = new DatasetRequest("retail", "online-retail", PluginParameters.Empty)
        {
            Path = Day("01"),
            ValidationPath = Day("02"),
            TestPath = Day("03"),
            Standardize = false,
        };

        var split = DatasetLoader.Load(request, 1);
        var train = split.Train;
        var buyers = train.FeatureNames.ToList().IndexOf("item-buyers");
        var users = train.Column("user").ToArray();
        var items = train.Column("item").ToArray();
        var purchases = Enumerable.Range(0, train.Count).Where(r => train.Labels[r] == 1).Select(r => (users[r], items[r])).ToList();

        for (var row = 0; row < 200; row++)
        {
            var others = purchases.Count(p => p.Item2 == items[row] && p.Item1 != users[row]);
            Assert.Equal((float)double.LogP1(others), train.Row(row)[buyers]);
        }

        Assert.True(split.Validation.Count > 0 && split.Test.Count > 0);
    }

    [Fact]
    public void A_bad_customer_id_is_refused_with_its_line()
    {
        var path = _dir.Write("d.csv", "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n1,A,x,1,d,2.5,17850.0,United Kingdom\n2,B,y,1,d,2.5,abc,France\n");

        var error = Assert.Single(SourceLoading.Refused("online-retail", path).Errors);

        Assert.Equal((path, 3), (error.Location.File, error.Location.Line));
        Assert.Contains("'abc'", error.Message, StringComparison.Ordinal);
    }
}
