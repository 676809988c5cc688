using SampleImportance.Abstractions;
using SampleImportance.Data.Corruptions;
using SampleImportance.Validation;

namespace SampleImportance.Data.Tests.Corruptions;

public class BotCorruptionTests
{
    private static DatasetSplit Load(string source, string corruption, double rate, int seed, PluginParameters? parameters = null) =>
        DatasetLoader.Load(
            new DatasetRequest("data", source, PluginParameters.Empty) { Corruption = new CorruptionRequest(corruption, rate, parameters ?? PluginParameters.Empty) },
            seed);

    private static DatasetSplit Clean(string source, int seed) => DatasetLoader.Load(new DatasetRequest("data", source, PluginParameters.Empty), seed);

    [Theory]
    [InlineData("synthetic/implicit-feedback", "bot-sessions", "session")]
    [InlineData("synthetic/implicit-feedback", "bot-users", "user")]
    [InlineData("synthetic/ecommerce-search", "bot-sessions", "session")]
    public void Whole_units_are_rewritten_at_the_rate_keeping_each_sessions_interaction_count(string source, string corruption, string unit)
    {
        var clean = Clean(source, 2).Train;
        var split = Load(source, corruption, 0.2, 2);
        var train = split.Train;
        var mask = split.NoiseMask!;
        var sessions = train.Column("session").ToArray();
        var units = train.Column(unit).ToArray();

        // The rate is the share of units with an interaction that became bots; a bot unit's interactions are all masked.
        var active = Enumerable.Range(0, train.Count).Where(r => clean.Labels[r] == 1).Select(r => units[r]).Distinct().Count();
        var bots = Enumerable.Range(0, train.Count).Where(r => mask[r]).Select(r => units[r]).ToHashSet();
        Assert.Equal((int)Math.Round(0.2 * active, MidpointRounding.AwayFromZero), bots.Count);
        for (var row = 0; row < train.Count; row++)
        {
            Assert.Equal(bots.Contains(units[row]) && train.Labels[row] == 1, mask[row]);
            Assert.Equal(train.Labels[row] == 1 ? 0 : -1, split.NoiseStrata![row]);
            if (!bots.Contains(units[row]))
            {
                Assert.Equal(clean.Labels[row], train.Labels[row]);
            }
        }

        // Counting a session's interactions finds nothing: every session keeps its number.
        var before = Enumerable.Range(0, clean.Count).GroupBy(r => sessions[r]).ToDictionary(g => g.Key, g => g.Sum(r => clean.Labels[r]));
        var after = Enumerable.Range(0, train.Count).GroupBy(r => sessions[r]).ToDictionary(g => g.Key, g => g.Sum(r => train.Labels[r]));
        Assert.Equal(before, after);

        // And the bot does move interactions: some bot rows were not interactions before.
        Assert.Contains(Enumerable.Range(0, train.Count), r => mask[r] && clean.Labels[r] == 0);
    }

    [Fact]
    public void Bots_click_their_target_items_first_wherever_a_session_shows_them()
    {
        // 20 sessions showing items 0..9, one click each on a session-specific item; one target item.
        var sessions = Enumerable.Range(0, 200).Select(r => r / 10).ToArray();
        var items = Enumerable.Range(0, 200).Select(r => r % 10).ToArray();
        var labels = Enumerable.Range(0, 200).Select(r => r % 10 == (r / 10) % 10 ? 1.0 : 0.0).ToArray();
        var columns = new Dictionary<string, int[]> { ["session"] = sessions, ["item"] = items };
        var train = new SampleSet(new float[200], 1, labels, columns: columns);
        var targets = new PluginParameters(new Dictionary<string, string> { ["targets"] = "1" });

        var outcome = new BotSessionsCorruption().Apply(train, 0.5, targets.WithDefaults(new BotSessionsCorruption().Describe().Parameters), new Random(3), new SourceLocation("d"));

        // Ten bot sessions, and every bot click is on the one target item.
        var botClicks = Enumerable.Range(0, 200).Where(r => outcome.Mask[r]).ToArray();
        Assert.Equal(10, botClicks.Length);
        Assert.Equal(10, botClicks.Select(r => sessions[r]).Distinct().Count());
        Assert.Single(botClicks.Select(r => items[r]).Distinct());
        Assert.All(botClicks, r => Assert.Equal(1, outcome.Rows.Labels[r]));
    }

    [Fact]
    public void Same_seed_same_bots()
    {
        Assert.Equal(Load("synthetic/implicit-feedback", "bot-sessions", 0.1, 5).NoiseMask, Load("synthetic/implicit-feedback", "bot-sessions", 0.1, 5).NoiseMask);
        Assert.NotEqual(Load("synthetic/implicit-feedback", "bot-sessions", 0.1, 5).NoiseMask, Load("synthetic/implicit-feedback", "bot-sessions", 0.1, 6).NoiseMask);
    }

    [Theory]
    [InlineData("synthetic/tabular", "bot-sessions", "session")]
    [InlineData("synthetic/ecommerce-search", "bot-users", "user")]
    public void Data_without_the_unit_column_is_refused_naming_it(string source, string corruption, string column)
    {
        var error = Assert.Throws<InputException>(() => Load(source, corruption, 0.1, 1));

        var problem = Assert.Single(error.Errors);
        Assert.Contains($"needs an id column '{column}'", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"carry '{column}' ids", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_that_writes_no_bot_is_refused()
    {
        var error = Assert.Throws<InputException>(() => Load("synthetic/implicit-feedback", "bot-users", 0.001, 1));

        Assert.Contains("writes no bot user", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }
}
