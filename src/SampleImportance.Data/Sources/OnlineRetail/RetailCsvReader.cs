using System.Globalization;
using System.Text;
using SampleImportance.Data.Csv;
using SampleImportance.Validation;

namespace SampleImportance.Data.Sources;

/// <summary>
/// Reads UCI Online Retail CSV (<c>InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country</c>)
/// into purchases. Guest orders (no CustomerID), cancellations (InvoiceNo starting with C) and non-positive quantities
/// are skipped: they are not evidence that a known user wanted the item.
/// </summary>
internal static class RetailCsvReader
{
    private static readonly string[] Required = ["InvoiceNo", "StockCode", "Quantity", "UnitPrice", "CustomerID", "Country"];

    public static List<RetailPurchase> Read(string path)
    {
        try
        {
            using var stream = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return Read(new CsvRecordReader(stream, path), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new ValidationError($"Cannot read the Online Retail CSV: {ex.Message} (full path: {Path.GetFullPath(path)}).", new SourceLocation(path), "Check the path and that the file is readable."));
        }
    }

    private static List<RetailPurchase> Read(CsvRecordReader reader, string path)
    {
        var fields = new List<CsvField>();
        if (!reader.TryRead(fields, out _))
        {
            throw new InputException(new ValidationError("The Online Retail CSV is empty.", new SourceLocation(path, 1, 1), "Give the UCI header " + string.Join(",", Required) + " and its rows."));
        }

        var headers = fields.Select(f => f.Text.Trim()).ToList();
        var missing = Required.Where(r => !headers.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            throw new InputException(new ValidationError($"The header lacks {string.Join(", ", missing)}.", new SourceLocation(path, 1, 1), "Give the UCI Online Retail header: InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country."));
        }

        int invoice = headers.IndexOf("InvoiceNo"), item = headers.IndexOf("StockCode"), quantity = headers.IndexOf("Quantity"),
            price = headers.IndexOf("UnitPrice"), customer = headers.IndexOf("CustomerID"), country = headers.IndexOf("Country");
        var purchases = new List<RetailPurchase>();
        var errors = new List<ValidationError>();
        while (errors.Count < 20 && reader.TryRead(fields, out var line))
        {
            if (fields.Count != headers.Count)
            {
                errors.Add(new ValidationError(string.Create(CultureInfo.InvariantCulture, $"This row has {fields.Count} fields but the header has {headers.Count}."), new SourceLocation(path, line, 1), "Quote values that contain commas."));
                continue;
            }

            var customerText = fields[customer].Text.Trim();
            if (customerText.Length == 0 || fields[invoice].Text.StartsWith('C'))
            {
                continue;
            }

            if (!double.TryParse(customerText, NumberStyles.Float, CultureInfo.InvariantCulture, out var user) || user != Math.Floor(user) || user is < 0 or > int.MaxValue
                || !double.TryParse(fields[quantity].Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var count)
                || !double.TryParse(fields[price].Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var unitPrice) || !double.IsFinite(unitPrice))
            {
                errors.Add(new ValidationError(
                    $"CustomerID '{customerText}', Quantity '{fields[quantity].Text}' or UnitPrice '{fields[price].Text}' is not a number (CustomerID a whole one).",
                    new SourceLocation(path, line, 1),
                    "Write numbers with '.' as the decimal point, e.g. 17850.0, 6, 2.55; leave CustomerID empty for guest orders."));
                continue;
            }

            if (count > 0)
            {
                purchases.Add(new RetailPurchase((int)user, fields[item].Text.Trim(), fields[invoice].Text.Trim(), unitPrice, fields[country].Text.Trim() == "United Kingdom"));
            }
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        return purchases.Count > 0 ? purchases : throw new InputException(new ValidationError("The file has no purchase by a known customer.", new SourceLocation(path, 2, 1), "Give rows with a CustomerID, a positive Quantity and an InvoiceNo not starting with C."));
    }
}
