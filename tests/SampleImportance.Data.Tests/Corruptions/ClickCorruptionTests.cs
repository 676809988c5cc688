using SampleImportance.Abstractions;
using SampleImportance.Data.Corruptions;
using SampleImportance.Validation;

namespace SampleImportance.Data.Tests.Corruptions;

/// <summary>The click corruptions on the synthetic search log: what each writes, where, and at which rate.</summary>
public sealed class ClickCorruptionTests
{
    private static readonly int[] Seeds = [1, 2, 3];

    private static (DatasetSplit Clean, DatasetSplit Noisy) Load(string corruption, int seed, double rate = 0.1)
    {
        var request = new DatasetRequest("clicks", "synthetic/ecommerce-search", new PluginParameters(new Dictionary<string, string> { ["sessions"] = "200" }));
        return (DatasetLoader.Load(request, seed), DatasetLoader.Load(request with { Corruption = new CorruptionRequest(corruption, rate, PluginParameters.Empty) }, seed));
    }

    private static int[] Noisy(DatasetSplit split) => [.. Enumerable.Range(0, split.Train.Count).Where(r => split.NoiseMask![r])];

    [Theory]
    [InlineData("bot-clicks")]
    [InlineData("clickbait")]
    [InlineData("trust-bias-clicks")]
    public void Injected_clicks_were_non_clicks_bounce_and_are_the_rate_of_clicks(string corruption)
    {
        var (clean, noisy) = Load(corruption, 1);

        var rows = Noisy(noisy);
        var clicks = noisy.Train.Labels.ToArray().Count(l => l == 1);
        Assert.InRange(rows.Length / (double)clicks, 0.09, 0.11);
        Assert.All(rows, r => Assert.Equal((0.0, 1.0), (clean.Train.Labels[r], noisy.Train.Labels[r])));
        Assert.All(rows, r => Assert.InRange(noisy.Train.Column("dwell")[r], 1, 10));
        Assert.All(rows, r => Assert.Equal(0, noisy.Train.Column("purchased")[r]));
        Assert.Equal(clean.Train.Features.ToArray(), noisy.Train.Features.ToArray());
        var positions = noisy.Train.Column("position").ToArray();
        Assert.All(Enumerable.Range(0, noisy.Train.Count), r => Assert.Equal(noisy.Train.Labels[r] == 1 ? positions[r] : -1, noisy.NoiseStrata![r]));
    }

    [Fact]
    public void Bot_clicks_concentrate_on_few_products()
    {
        foreach (var seed in Seeds)
        {
            // Uniform fake clicks hit nearly one product each; bot clicks come back to the products they target.
            int Products(DatasetSplit split) => Noisy(split).Select(r => split.Train.Column("item")[r]).Distinct().Count();
            var bots = Load("bot-clicks", seed).Noisy;
            var fake = Load("fake-clicks", seed).Noisy;
            Assert.True(Products(bots) < 0.6 * Noisy(bots).Length, $"{Noisy(bots).Length} bot clicks on {Products(bots)} products");
            Assert.True(Products(bots) < 0.7 * Products(fake), $"bot clicks on {Products(bots)} products, fake clicks on {Products(fake)}");
        }
    }

    [Fact]
    public void Clickbait_clicks_go_to_appealing_products_and_trust_bias_clicks_to_irrelevant_ones_near_the_top()
    {
        foreach (var seed in Seeds)
        {
            var (clean, bait) = Load("clickbait", seed);
            var nonClicks = Enumerable.Range(0, clean.Train.Count).Where(r => clean.Train.Labels[r] == 0).ToArray();
            Assert.True(Noisy(bait).Average(r => bait.Train.Column("appeal")[r]) > nonClicks.Average(r => clean.Train.Column("appeal")[r]) + 5);

            var (_, trust) = Load("trust-bias-clicks", seed);
            Assert.All(Noisy(trust), r => Assert.Equal(0, trust.Train.Column("grade")[r]));
            Assert.True(Noisy(trust).Average(r => trust.Train.Column("position")[r]) < nonClicks.Average(r => clean.Train.Column("position")[r]));
        }
    }

    [Fact]
    public void Unsatisfied_clicks_are_marked_and_thinned_to_the_rate()
    {
        foreach (var seed in Seeds)
        {
            var (clean, noisy) = Load("unsatisfied-clicks", seed);
            var labels = noisy.Train.Labels.ToArray();
            var dwell = noisy.Train.Column("dwell").ToArray();
            var purchased = noisy.Train.Column("purchased").ToArray();
            bool Unsatisfied(int r) => labels[r] == 1 && dwell[r] < 10 && purchased[r] == 0;

            Assert.All(Enumerable.Range(0, labels.Length), r => Assert.Equal(Unsatisfied(r), noisy.NoiseMask![r]));
            Assert.InRange(Noisy(noisy).Length / (double)labels.Count(l => l == 1), 0.09, 0.11);

            // Only unsatisfied clicks were dropped; satisfied clicks and non-clicks are untouched.
            var dropped = Enumerable.Range(0, labels.Length).Where(r => clean.Train.Labels[r] == 1 && labels[r] == 0).ToArray();
            Assert.All(dropped, r => Assert.True(clean.Train.Column("dwell")[r] < 10 && clean.Train.Column("purchased")[r] == 0));
            Assert.All(dropped, r => Assert.Equal(0, dwell[r]));
            Assert.DoesNotContain(Enumerable.Range(0, labels.Length), r => clean.Train.Labels[r] == 0 && labels[r] == 1);
        }
    }

    [Fact]
    public void Click_corruptions_refuse_rows_without_the_columns_they_read()
    {
        var tabular = new SampleSet(new float[20], 1, [.. Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 1.0 : 0.0)]);
        var where = new SourceLocation("dataset 'tab'");
        foreach (var name in new[] { "bot-clicks", "clickbait", "unsatisfied-clicks", "trust-bias-clicks" })
        {
            Assert.True(CorruptionCatalog.CreateDefault().TryGet(name, out var corruption));
            var parameters = PluginParameters.Empty.WithDefaults(corruption.Describe().Parameters);
            var error = Assert.Single(Assert.Throws<InputException>(() => corruption.Apply(tabular, 0.1, parameters, new Random(1), where)).Errors);
            Assert.Contains("id column", error.Message, StringComparison.Ordinal);
        }
    }
}
