using System.Text.Json;

namespace TriageBot.Cli.Tests;

public sealed class AssessCommandTests
{
    private const string Good = """{"area": "plymouth", "at": "2026-11-24T11:00:00Z", "indicators": ["Poor home routine"], "consent": "given"}""";

    private static async Task<(int Exit, JsonElement[] Lines)> AssessAsync(string input)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(["assess"], new StringReader(input), output, error, TimeProvider.System);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        return (exit, lines);
    }

    [Theory]
    [InlineData("""{"area": "york", "indicators": ["Poor home routine"]}""", "unknown-area", "Unknown area \"york\"")]
    [InlineData("""{"indicators": ["Poor home routine"]}""", "unknown-area", "area is missing")]
    [InlineData("""{"area": "plymouth", "indicators": ["ply.l9.nothing.1"]}""", "unknown-indicator", "Unknown indicator \"ply.l9.nothing.1\"")]
    [InlineData("""{"area": "plymouth", "indicators": ["Teenage parent"]}""", "ambiguous-indicator", "ply.l2.basic-care.7 at Level 2, ply.l3.basic-care.5 at Level 3")]
    [InlineData("""{"area": "plymouth", "at": "2026-11-24T11:00:00", "indicators": ["Poor home routine"]}""", "bad-request", "has no offset")]
    [InlineData("""{"area": "plymouth", "at": "tomorrow", "indicators": ["Poor home routine"]}""", "bad-request", "not an ISO 8601 time")]
    [InlineData("""{"area": "plymouth", "indicators": []}""", "no-indicators", "name at least one indicator")]
    [InlineData("""{"area": "plymouth"}""", "bad-request", "indicators is missing")]
    [InlineData("""{"area": "plymouth", "indicators": [3]}""", "bad-request", "indicators must hold strings")]
    [InlineData("""{"area": "plymouth", "indicators": ["Poor home routine"], "consent": "yes"}""", "bad-request", "consent \"yes\" is not one of")]
    [InlineData("""{"area": "plymouth", "indicators": ["Poor home routine"], "immediateDanger": "no"}""", "bad-request", "immediateDanger must be true or false")]
    [InlineData("""{"area": "plymouth", "indicators": ["Poor home routine"], "child": {"ageYears": "seven"}}""", "bad-request", "child.ageYears must be a whole number")]
    [InlineData("""["not", "an object"]""", "bad-request", "must be a JSON object")]
    public async Task Bad_request_gets_an_error_naming_the_problem_and_the_good_lines_are_still_answered(string bad, string code, string words)
    {
        // The bad one goes on its own line between two good ones (JSON Lines).
        var (exit, lines) = await AssessAsync($"{Good}\n{bad.ReplaceLineEndings(" ")}\n{Good}\n");

        Assert.Equal(1, exit);
        Assert.Equal(3, lines.Length);
        Assert.Equal(2, lines[0].GetProperty("level").GetInt32());
        var error = lines[1].GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Contains(words, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.Equal(2, lines[2].GetProperty("level").GetInt32());
    }

    [Fact]
    public async Task Malformed_json_line_is_named_and_the_others_answered()
    {
        var (exit, lines) = await AssessAsync($"{Good}\n{{\"area\": \"plymouth\", \n{Good}");

        Assert.Equal(1, exit);
        Assert.Equal(3, lines.Length);
        Assert.Equal("malformed-json", lines[1].GetProperty("error").GetProperty("code").GetString());
        Assert.StartsWith("Line 2 is not valid JSON", lines[1].GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pretty_printed_object_or_a_list_is_read_whole()
    {
        var pretty = Good.Replace(", ", ",\n  ", StringComparison.Ordinal);
        var (exit, one) = await AssessAsync(pretty);
        Assert.Equal(0, exit);
        Assert.Single(one);

        var (exitList, many) = await AssessAsync($"[{Good}, {Good}]");
        Assert.Equal(0, exitList);
        Assert.Equal(2, many.Length);
    }

    [Fact]
    public async Task Request_id_is_echoed_so_batches_can_be_matched()
    {
        var (_, lines) = await AssessAsync("""{"id": "case-17", "area": "plymouth", "indicators": ["Poor home routine"]}""");
        Assert.Equal("case-17", lines[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Without_at_the_injected_clock_is_used()
    {
        using var output = new StringWriter();
        // Sunday 22 November 2026, 02:00 UTC: out of hours.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
        var exit = await CliApp.RunAsync(["assess"], new StringReader("""{"area": "plymouth", "indicators": ["ply.a1.1"]}"""), output, TextWriter.Null, clock);

        Assert.Equal(0, exit);
        var answer = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("out-of-hours", answer.GetProperty("route").GetProperty("kind").GetString());
        Assert.Equal("2026-11-22T02:00:00Z", answer.GetProperty("at").GetString());
    }

    [Fact]
    public async Task Configured_front_door_hours_change_the_route_and_say_they_are_local()
    {
        using var output = new StringWriter();
        var request = """{"area": "plymouth", "at": "2026-11-24T17:30:00Z", "indicators": ["ply.a1.1"]}""";
        var exit = await CliApp.RunAsync(["assess", "--front-door-hours", "plymouth=Mon-Fri 08:00-18:00"], new StringReader(request), output, TextWriter.Null, TimeProvider.System);

        Assert.Equal(0, exit);
        var answer = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("front-door", answer.GetProperty("route").GetProperty("kind").GetString());
        Assert.Contains(answer.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("Mon-Fri 08:00-18:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_carries_the_contract_fields()
    {
        var (_, lines) = await AssessAsync("""{"area": "plymouth", "at": "2026-11-24T11:00:00Z", "child": {"ageYears": 7}, "indicators": ["Child has made a disclosure of physical or sexual harm"], "immediateDanger": false, "consent": "not-yet-sought"}""");
        var a = lines[0];
        Assert.Equal("plymouth", a.GetProperty("area").GetString());
        Assert.Equal("plymouth-2016", a.GetProperty("framework").GetProperty("id").GetString());
        Assert.Equal(4, a.GetProperty("level").GetInt32());
        Assert.Equal("Statutory", a.GetProperty("levelName").GetString());
        var indicator = a.GetProperty("indicators")[0];
        Assert.Equal("ply.a1.1", indicator.GetProperty("id").GetString());
        Assert.Equal("001_9322bea10a27a627.txt, Appendix 1", indicator.GetProperty("source").GetString());
        Assert.Equal("Plymouth Children's Gateway (Multi-Agency Safeguarding Hub, MASH)", a.GetProperty("route").GetProperty("service").GetString());
        Assert.Contains(a.GetProperty("route").GetProperty("next").EnumerateArray(), n => n.GetString()!.Contains("same day with a written MASH Contact form", StringComparison.Ordinal));
        Assert.Equal("seek", a.GetProperty("consent").GetProperty("kind").GetString());
        Assert.NotEmpty(a.GetProperty("consent").GetProperty("steps").EnumerateArray());
        Assert.NotEmpty(a.GetProperty("notes").EnumerateArray());
    }
}
