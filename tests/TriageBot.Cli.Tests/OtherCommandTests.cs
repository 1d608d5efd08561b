using System.Text.Json.Nodes;

namespace TriageBot.Cli.Tests;

public sealed class OtherCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, TextReader.Null, output, error, TimeProvider.System);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Indicators_search_finds_the_one_you_mean_with_its_id_and_source()
    {
        var (exit, output, _) = await RunAsync("indicators", "--area", "plymouth", "--search", "bedding");
        Assert.Equal(0, exit);
        Assert.Contains("ply.l3.housing.2\tLevel 3\tPoor home conditions e.g. no bedding, unhygienic conditions\t[001_9322bea10a27a627.txt, 2B:3 Level 3 Indicators, Family and Environmental Factors: HOUSING, EMPLOYMENT AND FINANCE]", output, StringComparison.Ordinal);
        Assert.Contains("1 of 243 indicators", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_by_level()
    {
        var (_, output, _) = await RunAsync("indicators", "--area", "plymouth", "--level", "4");
        // 58 Part Two indicators at Level 4 and the 14 Appendix 1 signs.
        Assert.Contains("72 of 243 indicators", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Frameworks_lists_the_packs_with_versions_and_hours()
    {
        var (exit, output, _) = await RunAsync("frameworks");
        Assert.Equal(0, exit);
        Assert.Contains("plymouth\tplymouth-2016\t2016.09-r2022.03\t243 indicators\tfront door Mon-Fri 09:00-17:00 (local setting)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "indicators" }, "indicators needs --area")]
    [InlineData(new[] { "indicators", "--area", "york" }, "Unknown area \"york\"")]
    [InlineData(new[] { "indicators", "--area", "plymouth", "--level", "5" }, "--level '5' is not a level")]
    [InlineData(new[] { "assess", "--colour", "red" }, "Unknown option --colour")]
    [InlineData(new[] { "frobnicate" }, "Unknown command 'frobnicate'")]
    [InlineData(new[] { "validate" }, "validate takes one pack file path")]
    public async Task Wrong_command_line_exits_2_with_the_reason_and_usage(string[] args, string reason)
    {
        var (exit, _, error) = await RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains("Usage: TriageBot.Cli", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_accepts_the_built_in_pack_with_its_warnings()
    {
        var path = WritePack(pack => { });
        var (exit, output, _) = await RunAsync("validate", path);
        Assert.Equal(0, exit);
        Assert.Contains("valid: plymouth-2016", output, StringComparison.Ordinal);
        Assert.Contains("warning: $.indicators: text \"Teenage parent\" appears 2 times", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_says_exactly_what_is_wrong()
    {
        var path = WritePack(pack =>
        {
            pack["indicators"]![5]!["id"] = "ply.l1.health.1";
            pack["indicators"]![7]!.AsObject().Remove("source");
        });
        var (exit, output, _) = await RunAsync("validate", path);
        Assert.Equal(1, exit);
        Assert.Contains("error: $.indicators[5] (ply.l1.health.1).id: duplicate id: also used by $.indicators[0]", output, StringComparison.Ordinal);
        Assert.Contains("error: $.indicators[7] (ply.l1.health.8).source: is missing or empty", output, StringComparison.Ordinal);
        Assert.Contains("not valid: 2 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_a_missing_file_says_so()
    {
        var (exit, _, error) = await RunAsync("validate", "/nonexistent/pack.json");
        Assert.Equal(1, exit);
        Assert.Contains("/nonexistent/pack.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_pack_path_overrides_the_built_in_one()
    {
        var path = WritePack(pack => pack["indicators"]![0]!["text"] = "Good physical health (reviewed locally)");
        using var output = new StringWriter();
        var exit = await CliApp.RunAsync(["assess", "--pack", $"plymouth={path}"], new StringReader("""{"area":"plymouth","indicators":["Good physical health (reviewed locally)"]}"""), output, TextWriter.Null, TimeProvider.System);
        Assert.Equal(0, exit);
        Assert.Contains("\"ply.l1.health.1\"", output.ToString(), StringComparison.Ordinal);
    }

    private static string WritePack(Action<JsonObject> change)
    {
        using var stream = typeof(TriageBot.Thresholds.Packs.PackReader).Assembly.GetManifestResourceStream("TriageBot.Thresholds.Packs.plymouth.json")!;
        var pack = JsonNode.Parse(stream)!.AsObject();
        change(pack);
        var path = Path.Combine(Path.GetTempPath(), $"pack-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, pack.ToJsonString());
        return path;
    }
}
