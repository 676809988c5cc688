using SampleImportance.Data.Csv;
using SampleImportance.Data.Tests.Support;
using SampleImportance.Validation;

namespace SampleImportance.Data.Tests.Csv;

/// <summary>Id columns (session, user, item) are carried as named columns that can be units of value, never as features.</summary>
public sealed class CsvIdColumnTests : IDisposable
{
    private readonly TempCsvDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_IdColumns_AreNamedColumnsMappedInOrderOfFirstAppearance_AndNotFeatures()
    {
        var path = _dir.Write("clicks.csv", "session,x,label,item\ns9,0.5,1,apple\ns9,1.5,0,pear\ns2,2.5,1,apple\ns7,3.5,0,fig\n");

        var set = CsvSampleLoader.Load(path, new CsvLoadOptions { LabelColumn = "label", IdColumns = ["session", "item"] });

        Assert.Equal(["x"], set.FeatureNames);
        Assert.Equal([0.5f, 1.5f, 2.5f, 3.5f], set.Features.ToArray());
        Assert.Equal(["item", "session"], set.ColumnNames);
        Assert.Equal([0, 0, 1, 2], set.Column("session").ToArray());
        Assert.Equal([0, 1, 0, 2], set.Column("item").ToArray());
        Assert.False(set.HasGroups);
    }

    [Fact]
    public void Load_IntegerIdColumns_KeepTheIdsAsWritten_SoValuesJoinBack()
    {
        var path = _dir.Write("sessions.csv", "session,x,label,mixed\n907,0.5,1,3\n907,1.5,0,x\n-12,2.5,1,3\n");

        var set = CsvSampleLoader.Load(path, new CsvLoadOptions { LabelColumn = "label", IdColumns = ["session", "mixed"] });

        Assert.Equal([907, 907, -12], set.Column("session").ToArray());
        Assert.Equal([0, 1, 0], set.Column("mixed").ToArray());
    }

    [Fact]
    public void Load_GroupColumn_IsAlsoANamedColumn()
    {
        var path = _dir.Write("ranked.csv", "query,x,label,user\nq1,1,2,u1\nq2,2,0,u1\nq1,3,1,u2\n");

        var set = CsvSampleLoader.Load(path, new CsvLoadOptions { LabelColumn = "label", GroupColumn = "query", IdColumns = ["user", "query"] });

        Assert.Equal(["x"], set.FeatureNames);
        Assert.Equal(["query", "user"], set.ColumnNames);
        Assert.Equal([0, 1, 0], set.Groups.ToArray());
        Assert.Equal(set.Groups.ToArray(), set.Column("query").ToArray());
        Assert.Equal([0, 0, 1], set.Column("user").ToArray());
    }

    [Fact]
    public void Load_GroupColumnAlone_IsANamedColumnToo()
    {
        var path = _dir.Write("ranked.csv", "query,x,label\nq1,1,2\nq2,2,0\n");

        var set = CsvSampleLoader.Load(path, new CsvLoadOptions { LabelColumn = "label", GroupColumn = "query" });

        Assert.Equal(["query"], set.ColumnNames);
        Assert.Equal([0, 1], set.Column("query").ToArray());
    }

    [Fact]
    public void Selecting_rows_keeps_the_id_columns_aligned()
    {
        var path = _dir.Write("clicks.csv", "session,x,label\na,1,1\nb,2,0\nc,3,1\n");
        var set = CsvSampleLoader.Load(path, new CsvLoadOptions { LabelColumn = "label", IdColumns = ["session"] });

        var picked = set.Select([2, 0]);

        Assert.Equal([2, 0], picked.Column("session").ToArray());
        Assert.Equal([3f, 1f], picked.Features.ToArray());
    }

    [Fact]
    public void Load_MissingIdColumn_ListsTheHeaders()
    {
        var path = _dir.Write("bad.csv", "y,x\n1,2\n");

        var ex = Assert.Throws<InputException>(() => CsvSampleLoader.Load(path, new CsvLoadOptions { LabelColumn = "y", IdColumns = ["session"] }));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(path, error.Location.File);
        Assert.Contains("id column 'session' is not in the header", error.Message, StringComparison.Ordinal);
        Assert.Contains("Columns: y, x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LabelNamedAsAnIdColumn_IsAnError()
    {
        var path = _dir.Write("bad.csv", "y,x\n1,2\n");

        var ex = Assert.Throws<InputException>(() => CsvSampleLoader.Load(path, new CsvLoadOptions { LabelColumn = "y", IdColumns = ["y"] }));

        Assert.Contains(ex.Errors, e => e.Message.Contains("'y' is named as both the label and an id column", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_OnlyLabelAndIds_ReportsNoFeatures()
    {
        var path = _dir.Write("bad.csv", "y,session\n1,a\n");

        var ex = Assert.Throws<InputException>(() => CsvSampleLoader.Load(path, new CsvLoadOptions { LabelColumn = "y", IdColumns = ["session"] }));

        Assert.Contains("no feature columns", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }
}
