using System.Text.Json;
using System.Text.Json.Nodes;

namespace TriageBot.Cli.Tests;

/// <summary>Every worked Plymouth case, answered by the real command line.</summary>
public sealed class VignetteTests
{
    private static readonly JsonArray Cases = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "plymouth-cases.json")))!.AsArray();

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases)
        {
            data.Add(c!["id"]!.GetValue<string>());
        }

        return data;
    }

    private static string Digits(string phone) => new([.. phone.Where(char.IsDigit)]);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task Case_gets_the_expected_level_route_phone_and_consent(string id)
    {
        var c = Cases.Single(c => c!["id"]!.GetValue<string>() == id)!;
        var (exit, output, error) = await CliProcess.RunAsync(c["request"]!.ToJsonString(), null, "assess");

        Assert.True(exit == 0, $"exit {exit}: {error}{output}");
        var answer = JsonNode.Parse(output)!;
        var expect = c["expect"]!;
        Assert.Equal(expect["level"]!.GetValue<int>(), answer["level"]!.GetValue<int>());
        Assert.Equal(expect["route"]!.GetValue<string>(), answer["route"]!["kind"]!.GetValue<string>());
        if (expect["phone"] is { } phone)
        {
            Assert.Contains(phone.GetValue<string>(), answer["route"]!["phones"]!.AsArray().Select(p => Digits(p!.GetValue<string>())));
        }

        if (expect["consent"] is { } consent)
        {
            Assert.Equal(consent.GetValue<string>(), answer["consent"]!["kind"]!.GetValue<string>());
        }

        Assert.All(answer["indicators"]!.AsArray(), i => Assert.StartsWith("001_9322bea10a27a627.txt, ", i!["source"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task All_cases_as_json_lines_give_one_answer_a_line_in_order()
    {
        var input = string.Join('\n', Cases.Select(c => c!["request"]!.ToJsonString()));
        var (exit, output, _) = await CliProcess.RunAsync(input, null, "assess");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Cases.Count, lines.Length);
        Assert.Equal(Cases.Select(c => c!["expect"]!["level"]!.GetValue<int>()), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("level").GetInt32()));
    }

    [Fact]
    public async Task The_machines_time_zone_does_not_change_the_answer()
    {
        var input = string.Join('\n', Cases.Select(c => c!["request"]!.ToJsonString()));
        var utc = await CliProcess.RunAsync(input, new Dictionary<string, string> { ["TZ"] = "UTC" }, "assess");
        var newYork = await CliProcess.RunAsync(input, new Dictionary<string, string> { ["TZ"] = "America/New_York" }, "assess");
        var tokyo = await CliProcess.RunAsync(input, new Dictionary<string, string> { ["TZ"] = "Asia/Tokyo" }, "assess");

        Assert.Equal(utc.Output, newYork.Output);
        Assert.Equal(utc.Output, tokyo.Output);
    }
}
