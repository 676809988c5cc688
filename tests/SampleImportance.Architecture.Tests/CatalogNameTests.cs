using SampleImportance.Architecture.Tests.Support;

namespace SampleImportance.Architecture.Tests;

/// <summary>
/// Built-in tasks, costs, data sources and corruptions are named only in their own folders: every reader (suite
/// validation, runner, gates, reports, CLI) asks the catalogs, so none may keep a list or a special case of its own.
/// Read from the source text: a name in any code line (comments aside) outside its folder fails.
/// </summary>
public sealed class CatalogNameTests
{
    /// <summary>Each built-in name, how it is searched for, and the one folder (under src/) that may write it.</summary>
    private static readonly (string Name, bool WholeLiteral, string Folder)[] Names =
    [
        ("noisy-detection", false, "SampleImportance.Evaluation/Tasks/NoisyDetection/"),
        ("removal", true, "SampleImportance.Evaluation/Tasks/Removal/"),
        ("removal.auc", false, "SampleImportance.Evaluation/Tasks/Removal/"),
        ("addition", true, "SampleImportance.Evaluation/Tasks/Addition/"),
        ("lds", true, "SampleImportance.Evaluation/Tasks/Lds/"),
        ("rank-stability", false, "SampleImportance.Evaluation/Tasks/RankStability/"),
        ("exact-agreement", false, "SampleImportance.Evaluation/Tasks/ExactAgreement/"),
        ("lowest-first", false, "SampleImportance.Evaluation/Tasks/Removal/"),
        ("highest-first", false, "SampleImportance.Evaluation/Tasks/Removal/"),
        ("time.median", false, "SampleImportance.Evaluation/Tasks/Costs/"),
        ("time.cpu-median", false, "SampleImportance.Evaluation/Tasks/Costs/"),
        ("cost.utility-evaluations", false, "SampleImportance.Evaluation/Tasks/Costs/"),
        ("synthetic/tabular", false, "SampleImportance.Data/Sources/Tabular/"),
        ("synthetic/ecommerce-search", false, "SampleImportance.Data/Sources/EcommerceSearch/"),
        ("csv", true, "SampleImportance.Data/Sources/Csv/"),
        ("svmlight", true, "SampleImportance.Data/Sources/Svmlight/"),
        ("npy", true, "SampleImportance.Data/Sources/Npy/"),
        ("otto-sessions", false, "SampleImportance.Data/Sources/OttoSessions/"),
        ("esci", true, "SampleImportance.Data/Sources/Esci/"),
        ("online-retail", false, "SampleImportance.Data/Sources/OnlineRetail/"),
        ("label-flip", false, "SampleImportance.Data/Corruptions/LabelFlip/"),
        ("fake-clicks", false, "SampleImportance.Data/Corruptions/FakeClicks/"),
        ("synthetic/implicit-feedback", false, "SampleImportance.Data/Sources/ImplicitFeedback/"),
        ("bot-sessions", false, "SampleImportance.Data/Corruptions/BotSessions/"),
        ("bot-users", false, "SampleImportance.Data/Corruptions/BotUsers/"),
    ];

    [Fact]
    public void Built_in_task_source_and_corruption_names_appear_only_in_their_own_folders()
    {
        var src = Path.Combine(ProductAssemblies.RepoRoot, "src");
        var offenders = new List<string>();
        foreach (var file in SourceFiles(src))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var (name, wholeLiteral, folder) in Names)
                {
                    var found = wholeLiteral ? code.Contains($"\"{name}\"", StringComparison.Ordinal) : code.Contains(name, StringComparison.Ordinal);
                    if (found && !relative.StartsWith(folder, StringComparison.Ordinal))
                    {
                        offenders.Add($"{relative}:{i + 1} names '{name}' (only {folder} may): {code}");
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0, "Ask the catalogs instead of naming built-ins:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_search_sees_the_registrations_it_guards()
    {
        // Guards the test above against a search that silently reads nothing: each name is found in its own folder.
        var src = Path.Combine(ProductAssemblies.RepoRoot, "src");
        foreach (var (name, wholeLiteral, folder) in Names)
        {
            var needle = wholeLiteral ? $"\"{name}\"" : name;
            Assert.True(
                SourceFiles(Path.Combine(src, folder)).Any(f => File.ReadAllText(f).Contains(needle, StringComparison.Ordinal)),
                $"'{name}' is not written anywhere under src/{folder}");
        }
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}
