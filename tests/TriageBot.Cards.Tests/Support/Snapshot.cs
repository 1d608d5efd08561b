using TriageBot.Cards.Model;

namespace TriageBot.Cards.Tests.Support;

/// <summary>
/// Compares a card with its committed JSON in Snapshots/, so any change to what users see shows in review.
/// UPDATE_SNAPSHOTS=1 rewrites the files instead.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, AdaptiveCard card)
    {
        var path = Path.Combine(TestPaths.ProjectDirectory, "Snapshots", name + ".json");
        var actual = card.ToJsonString(indented: true).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No snapshot {path}: run the tests with UPDATE_SNAPSHOTS=1 and commit the file.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length))
            .FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
        Assert.Fail(
            $"Card differs from snapshot {name}.json at line {line + 1}:\n" +
            $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "(end)")}\n" +
            $"  actual:   {(line < actualLines.Length ? actualLines[line] : "(end)")}\n" +
            "If the change is intended, run the tests with UPDATE_SNAPSHOTS=1 and commit the snapshot.");
    }
}
