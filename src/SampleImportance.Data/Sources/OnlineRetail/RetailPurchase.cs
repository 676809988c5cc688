namespace SampleImportance.Data.Sources;

/// <summary>One kept line item of the Online Retail CSV: a customer's purchase of a stock code.</summary>
internal sealed record RetailPurchase(int User, string Item, string Invoice, double UnitPrice, bool UnitedKingdom);
