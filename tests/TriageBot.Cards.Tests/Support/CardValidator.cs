using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using TriageBot.Cards.Model;

namespace TriageBot.Cards.Tests.Support;

/// <summary>Runs Microsoft's Adaptive Cards renderer (npm adaptivecards 3.0.6, in Node) over cards.</summary>
internal static class CardValidator
{
    private static readonly string s_jsDirectory = Path.Combine(TestPaths.ProjectDirectory, "js");

    public static ValidationReport Validate(AdaptiveCard card) => ValidateAll([card])[0];

    public static ValidationReport ValidateJson(JsonObject json) => Run(new JsonArray(json.DeepClone()).ToJsonString())[0];

    public static IReadOnlyList<ValidationReport> ValidateAll(IReadOnlyList<AdaptiveCard> cards)
    {
        var array = new JsonArray([.. cards.Select(c => (JsonNode)c.ToJson())]);
        return Run(array.ToJsonString());
    }

    /// <summary>Asserts the renderer parsed every card with no error or warning and kept every property.</summary>
    public static void AssertValid(params AdaptiveCard[] cards)
    {
        var reports = ValidateAll(cards);
        var problems = reports.SelectMany((r, i) => r.Problems.Select(p => $"card {i + 1}: {p}")).ToList();
        Assert.True(problems.Count == 0, "The Adaptive Cards renderer reported:\n" + string.Join("\n", problems));
    }

    private static List<ValidationReport> Run(string json)
    {
        if (!File.Exists(Path.Combine(s_jsDirectory, "node_modules", "adaptivecards", "dist", "adaptivecards.js")))
        {
            throw new InvalidOperationException(
                $"The Adaptive Cards renderer is not installed in {s_jsDirectory}/node_modules: run tests/setup/cards.sh");
        }

        var start = new ProcessStartInfo("node", ["validate.js"])
        {
            WorkingDirectory = s_jsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("node is not on the PATH: run tests/setup/cards.sh", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(json);
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("The card validator (node validate.js) did not finish within 2 minutes.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"node validate.js exited with {process.ExitCode}: {stderr.Result}");
            }

            return JsonSerializer.Deserialize<List<ValidationReport>>(stdout.Result)
                ?? throw new InvalidOperationException("node validate.js printed no report.");
        }
    }
}
