namespace SampleImportance.Data.Corruptions;

/// <summary>Parameters of <c>bot-clicks</c>; the one place their defaults are written.</summary>
internal sealed class BotClicksOptions
{
    /// <summary>Non-clicked impressions of the targeted pairs per bot click. Default 2: about half of them get clicked.</summary>
    public double Spread { get; set; } = 2;
}
