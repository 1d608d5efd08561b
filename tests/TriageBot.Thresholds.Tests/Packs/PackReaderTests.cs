using System.Text;
using System.Text.Json.Nodes;
using TriageBot.Thresholds.Packs;

namespace TriageBot.Thresholds.Tests.Packs;

public sealed class PackReaderTests
{
    private static JsonObject PlymouthJson()
    {
        using var stream = typeof(PackReader).Assembly.GetManifestResourceStream("TriageBot.Thresholds.Packs.plymouth.json")!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static IReadOnlyList<PackProblem> Problems(JsonObject pack) => Problems(pack.ToJsonString());

    private static IReadOnlyList<PackProblem> Problems(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var (loaded, problems) = PackReader.Read(stream);
        Assert.Equal(loaded is null, problems.Any(p => p.Severity == ProblemSeverity.Error));
        return problems;
    }

    private static void AssertError(IReadOnlyList<PackProblem> problems, string path, string words)
    {
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Error && p.Path.StartsWith(path, StringComparison.Ordinal) && p.Message.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void Built_in_pack_has_no_errors_and_warns_only_about_repeated_texts()
    {
        var problems = Problems(PlymouthJson());
        Assert.All(problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("\"Teenage parent\" appears 2 times (ply.l2.basic-care.7, ply.l3.basic-care.5)", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_id_names_both_places()
    {
        var pack = PlymouthJson();
        pack["indicators"]![1]!["id"] = "ply.l1.health.1";
        AssertError(Problems(pack), "$.indicators[1] (ply.l1.health.1).id", "duplicate id: also used by $.indicators[0]");
    }

    [Fact]
    public void Missing_source_is_an_error()
    {
        var pack = PlymouthJson();
        pack["indicators"]![3]!.AsObject().Remove("source");
        AssertError(Problems(pack), "$.indicators[3] (ply.l1.health.4).source", "is missing");
    }

    [Fact]
    public void Source_that_cites_no_pack_document_is_an_error()
    {
        var pack = PlymouthJson();
        pack["indicators"]![3]!["source"] = "somewhere else";
        AssertError(Problems(pack), "$.indicators[3] (ply.l1.health.4).source", "does not start with one of the pack's documents");
    }

    [Theory]
    [InlineData(0, "0 is not a level from 1 to 4")]
    [InlineData(5, "5 is not a level from 1 to 4")]
    public void Level_outside_one_to_four_is_an_error(int level, string message)
    {
        var pack = PlymouthJson();
        pack["indicators"]![0]!["level"] = level;
        AssertError(Problems(pack), "$.indicators[0] (ply.l1.health.1).level", message);
    }

    [Fact]
    public void Unknown_domain_is_an_error_naming_the_domains()
    {
        var pack = PlymouthJson();
        pack["indicators"]![0]!["domain"] = "school";
        AssertError(Problems(pack), "$.indicators[0] (ply.l1.health.1).domain", "'school' is not one of the pack's domains (child-development, parents-and-carers, family-and-environment)");
    }

    [Fact]
    public void Significant_harm_sign_below_level_4_is_an_error()
    {
        var pack = PlymouthJson();
        var last = pack["indicators"]!.AsArray().Count - 1;
        pack["indicators"]![last]!["level"] = 3;
        AssertError(Problems(pack), $"$.indicators[{last}] (ply.a1.14).level", "always Level 4");
    }

    [Fact]
    public void Missing_route_kind_is_an_error()
    {
        var pack = PlymouthJson();
        pack["routes"]!.AsArray().RemoveAt(2);
        AssertError(Problems(pack), "$.routes", "has no 'out-of-hours' route");
    }

    [Fact]
    public void Hours_not_stated_need_a_note_saying_so()
    {
        var pack = PlymouthJson();
        pack["frontDoorHours"]!.AsObject().Remove("note");
        AssertError(Problems(pack), "$.frontDoorHours.note", "local setting");
    }

    [Fact]
    public void Bad_hours_name_the_part()
    {
        var pack = PlymouthJson();
        pack["frontDoorHours"]!["weekly"]![0]!["close"] = "25:00";
        AssertError(Problems(pack), "$.frontDoorHours.weekly", "'25:00' is not a time");
    }

    [Fact]
    public void Unknown_time_zone_is_an_error()
    {
        var pack = PlymouthJson();
        pack["timeZone"] = "Europe/Plymouth";
        AssertError(Problems(pack), "$.timeZone", "'Europe/Plymouth' is not an IANA time zone");
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var problems = Problems("{\n  \"id\": \"x\",\n  \"level\": \n}");
        var problem = Assert.Single(problems);
        Assert.Contains("not valid pack JSON (line 4)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_type_names_the_path()
    {
        var pack = PlymouthJson();
        pack["indicators"]![2]!["level"] = "three";
        var problem = Assert.Single(Problems(pack));
        Assert.Equal("$.indicators[2].level", problem.Path);
    }

    [Fact]
    public void Load_throws_with_every_error_listed()
    {
        var pack = PlymouthJson();
        pack.Remove("title");
        pack["indicators"]![0]!.AsObject().Remove("text");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(pack.ToJsonString()));
        var e = Assert.Throws<PackException>(() => PackReader.Load(stream, "broken.json"));
        Assert.Contains("$.title: is missing", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.indicators[0] (ply.l1.health.1).text: is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_built_in_area_says_which_there_are()
    {
        var e = Assert.Throws<ArgumentException>(() => PackReader.LoadEmbedded("york"));
        Assert.Contains("Built in: plymouth", e.Message, StringComparison.Ordinal);
    }
}
