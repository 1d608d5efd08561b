using System.Text;
using TriageBot.Cards.Builders;
using TriageBot.Cards.Tests.Support;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Tests.Builders;

public sealed class RecommendationCardTests
{
    public static TheoryData<string> Names => [.. Views.Keys];

    private static Dictionary<string, RecommendationView> Views => new()
    {
        ["recommendation-front-door"] = PlymouthViews.Disclosure(),
        ["recommendation-out-of-hours"] = PlymouthViews.Disclosure() with
        {
            Route = new RouteView(RouteKind.OutOfHours, PlymouthViews.OutOfHoursTeam, [PlymouthViews.OutOfHoursPhone],
                ["Call the Out of Hours Emergency Duty Team now.", "Tell the Gateway the next working day and complete a MASH Contact form."]),
        },
        ["recommendation-immediate-danger"] = PlymouthViews.ImmediateDanger(),
        ["recommendation-combined-needs"] = PlymouthViews.CombinedNeeds(),
        ["recommendation-universal"] = PlymouthViews.UniversalNeeds(),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_its_snapshot_and_fits_the_budget(string name)
    {
        var result = RecommendationCard.Build(Views[name]);

        Snapshot.Match(name, result.Card);
        Assert.InRange(result.Card.Utf8Size(), 1, CardProtocol.MaxCardBytes);
    }

    [Fact]
    public void Every_recommendation_parses_in_Microsofts_renderer_without_a_warning()
    {
        CardValidator.AssertValid([.. Views.Values.Select(v => RecommendationCard.Build(v).Card)]);
    }

    [Fact]
    public void The_level_is_in_words_in_the_heading()
    {
        var json = RecommendationCard.Build(PlymouthViews.Disclosure()).Card.ToJson();

        var heading = CardQuery.OfType(json, "TextBlock").First(t => (string?)t["style"] == "heading" && (string?)t["size"] == "large");
        Assert.Equal("Level 4 of 4 · Statutory", (string?)heading["text"]);
        Assert.Equal("attention", (string?)heading["color"]);
    }

    [Fact]
    public void Phone_buttons_dial_the_digits_and_show_the_number_as_published()
    {
        var json = RecommendationCard.Build(PlymouthViews.Disclosure()).Card.ToJson();

        var call = CardQuery.OfType(json, "Action.OpenUrl").First();
        Assert.Equal("Call 01752 668000", (string?)call["title"]);
        Assert.Equal("tel:01752668000", (string?)call["url"]);
        var services = CardQuery.OfType(json, "Action.ShowCard").Single()["card"]!;
        Assert.Contains("tel:01752307144", CardQuery.OfType(services, "Action.OpenUrl").Select(a => (string?)a["url"]));
    }

    [Fact]
    public void Immediate_danger_puts_call_999_before_everything_else()
    {
        var result = RecommendationCard.Build(PlymouthViews.ImmediateDanger());

        var first = result.Card.ToJson()["body"]![0]!;
        Assert.Equal("Container", (string?)first["type"]);
        Assert.Equal("attention", (string?)first["style"]);
        Assert.Equal("Call 999 now", (string?)first["items"]![0]!["text"]);
        Assert.Equal("tel:999", (string?)CardQuery.OfType(first, "Action.OpenUrl").Single()["url"]);
        Assert.StartsWith("Call 999 now.", result.Text, StringComparison.Ordinal);
        Assert.StartsWith("Call 999 now.", result.Card.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_immediate_danger_there_is_no_999_block()
    {
        var result = RecommendationCard.Build(PlymouthViews.Disclosure());

        Assert.DoesNotContain("Call 999 now", CardQuery.AllText(result.Card.ToJson()), StringComparison.Ordinal);
        Assert.DoesNotContain("tel:999", result.Card.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RouteKind.Emergency, "999: immediate danger")]
    [InlineData(RouteKind.FrontDoor, "The front door (children's social care), open now")]
    [InlineData(RouteKind.OutOfHours, "The out-of-hours duty team (the front door is closed now)")]
    [InlineData(RouteKind.EarlyHelp, "Early help")]
    [InlineData(RouteKind.Universal, "Universal services: no referral needed")]
    public void The_route_kind_is_said_in_words(RouteKind kind, string words)
    {
        var view = PlymouthViews.Disclosure() with { Route = PlymouthViews.Disclosure().Route with { Kind = kind } };

        var result = RecommendationCard.Build(view);

        Assert.Contains(words, CardQuery.AllText(result.Card.ToJson()).Split('\n'));
        Assert.Contains($"Who to contact now: {words}.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_carries_the_level_the_number_and_the_consent_step()
    {
        var text = RecommendationCard.Build(PlymouthViews.Disclosure()).Text;

        Assert.Contains("Level 4 of 4 · Statutory", text, StringComparison.Ordinal);
        Assert.Contains("Phone: 01752 668000", text, StringComparison.Ordinal);
        Assert.Contains("Consent: Seek consent first.", text, StringComparison.Ordinal);
        Assert.Contains("1. Tell the parents what you are worried about", text, StringComparison.Ordinal);
        Assert.Contains("2. Follow the call with a written MASH Contact form the same day.", text, StringComparison.Ordinal);
        Assert.Contains("- Child has made a disclosure of physical or sexual harm (Level 4; 001_9322bea10a27a627.txt, Appendix 1)", text, StringComparison.Ordinal);
        Assert.EndsWith("TriageBot advises; you decide. Talk to your safeguarding lead.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConsentKind.Seek, "Consent: Seek consent first")]
    [InlineData(ConsentKind.Given, "Consent: Consent given")]
    [InlineData(ConsentKind.OverrideRisk, "Consent: Share without seeking consent: seeking it would put a child or adult at risk")]
    [InlineData(ConsentKind.Declined, "Consent: Consent declined")]
    public void The_consent_step_is_a_heading_in_words_with_its_steps(ConsentKind kind, string heading)
    {
        var view = PlymouthViews.Disclosure() with { Consent = new ConsentView(kind, ["Record it on the MASH Contact form."]) };

        var json = RecommendationCard.Build(view).Card.ToJson();

        var texts = CardQuery.AllText(json).Split('\n');
        var at = Array.IndexOf(texts, heading);
        Assert.True(at >= 0, $"No heading \"{heading}\"");
        Assert.Equal("1. Record it on the MASH Contact form.", texts[at + 1]);
    }

    [Fact]
    public void Why_this_level_lists_each_indicator_verbatim_with_its_level_and_source()
    {
        var json = RecommendationCard.Build(PlymouthViews.CombinedNeeds()).Card.ToJson();

        var lines = CardQuery.OfType(json, "RichTextBlock")
            .Select(b => string.Concat(b["inlines"]!.AsArray().Select(r => (string?)r!["text"])))
            .ToList();
        Assert.Contains("• Evidence of domestic abuse (Level 3; 001_9322bea10a27a627.txt, Part Two, Level 3, FAMILY HISTORY AND FUNCTIONING)", lines);
        Assert.Contains("• Difficulty coping with anger frustration or upset (Level 3; 001_9322bea10a27a627.txt, Part Two, Level 3, EMOTIONAL AND BEHAVIOURAL DEVELOPMENT)", lines);
    }

    [Fact]
    public void The_needs_may_combine_note_is_shown_when_present()
    {
        var combined = RecommendationCard.Build(PlymouthViews.CombinedNeeds());
        var single = RecommendationCard.Build(PlymouthViews.Disclosure());

        Assert.Contains("Needs may combine to a higher level — discuss with your safeguarding lead.", CardQuery.AllText(combined.Card.ToJson()), StringComparison.Ordinal);
        Assert.Contains("Needs may combine", combined.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Needs may combine", CardQuery.AllText(single.Card.ToJson()), StringComparison.Ordinal);
    }

    [Fact]
    public void Services_fold_behind_a_button_and_the_footer_and_actions_end_the_card()
    {
        var result = RecommendationCard.Build(PlymouthViews.Disclosure());
        var json = result.Card.ToJson();

        var actions = json["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(["Services for level 4 (3)", "Prepare the contact", "Start again"], actions.Select(a => (string?)a["title"]));
        Assert.Equal("Action.ShowCard", (string?)actions[0]["type"]);
        Assert.Equal("prepare-contact", (string?)actions[1]["data"]!["command"]);
        Assert.Equal("start-again", (string?)actions[2]["data"]!["command"]);
        var body = json["body"]!.AsArray();
        Assert.Equal("TriageBot advises; you decide. Talk to your safeguarding lead.", (string?)body[^1]!["text"]);
        Assert.Contains(PlymouthViews.HoursNote, CardQuery.AllText(json), StringComparison.Ordinal);
    }

    [Fact]
    public void At_the_universal_level_there_is_no_contact_to_prepare()
    {
        var json = RecommendationCard.Build(PlymouthViews.UniversalNeeds()).Card.ToJson();

        Assert.Equal(["Start again"], json["actions"]!.AsArray().Select(a => (string?)a!["title"]));
    }

    [Fact]
    public void A_very_long_recommendation_is_trimmed_to_the_budget_and_says_so_while_the_text_keeps_everything()
    {
        var inventory = PlymouthInventory.Load;
        var view = PlymouthViews.Disclosure() with
        {
            Indicators =
            [
                .. inventory.Appendix1.Select(PlymouthViews.Appendix1),
                .. inventory.Indicators.Select(PlymouthViews.PartTwo),
            ],
            Services = [.. Enumerable.Range(1, 120).Select(i => new ServiceView($"Children's Centre number {i}", $"01752 {300000 + i}", "Open Monday to Friday"))],
        };

        var result = RecommendationCard.Build(view);

        Assert.InRange(result.Card.Utf8Size(), 1, CardProtocol.MaxCardBytes);
        // What is sent is the trimmed card, not the first, too large, attempt.
        Assert.Equal(result.Card.ToJsonString(), Encoding.UTF8.GetString(result.Utf8Json.Span));
        var text = CardQuery.AllText(result.Card.ToJson());
        Assert.Contains("not shown here, to keep this card small", text, StringComparison.Ordinal);
        // The highest-level reasons stay on the card; the text keeps every one.
        Assert.Contains("• Child has made a disclosure of physical or sexual harm", text, StringComparison.Ordinal);
        Assert.All(view.Indicators, i => Assert.Contains(i.Text, result.Text, StringComparison.Ordinal));
        Assert.Contains("Children's Centre number 120", result.Text, StringComparison.Ordinal);
        CardValidator.AssertValid(result.Card);
    }

    [Fact]
    public void A_long_list_of_services_is_cut_where_the_budget_runs_out_not_well_before()
    {
        var view = PlymouthViews.Disclosure() with
        {
            Services = [.. Enumerable.Range(1, 200).Select(i => new ServiceView($"Children's Centre number {i}", $"01752 {300000 + i}", i % 3 == 0 ? "Open Monday to Friday, 9 to 5, and on Saturday mornings" : null))],
        };

        var result = RecommendationCard.Build(view);

        var shown = CardQuery.OfType(result.Card.ToJson(), "Action.ShowCard").Single();
        var kept = int.Parse(((string)shown["title"]!).Split('(', ')')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(kept, 1, 199);
        Assert.Contains($"{200 - kept} of the 200 services for this level are not shown here", CardQuery.AllText(result.Card.ToJson()), StringComparison.Ordinal);
        // A service here takes about 300 bytes, so a card filled to within 500 bytes of the budget had no room for much more.
        Assert.InRange(result.Card.Utf8Size(), CardProtocol.MaxCardBytes - 500, CardProtocol.MaxCardBytes);
        Assert.Equal(result.Card.ToJsonString(), Encoding.UTF8.GetString(result.Utf8Json.Span));
    }

    [Theory]
    [InlineData("01752 668000 ext 4", "\"01752 668000 ext 4\" is not a phone number")]
    [InlineData("12", "fewer than three digits")]
    public void A_bad_phone_number_gets_an_error_naming_it(string phone, string expected)
    {
        var view = PlymouthViews.Disclosure() with { Route = PlymouthViews.Disclosure().Route with { Phones = [phone] } };

        var error = Assert.Throws<ArgumentException>(() => RecommendationCard.Build(view));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_international_number_keeps_its_plus()
    {
        var view = PlymouthViews.Disclosure() with { Route = PlymouthViews.Disclosure().Route with { Phones = ["+44 (0)1752 668000"] } };

        var call = CardQuery.OfType(RecommendationCard.Build(view).Card.ToJson(), "Action.OpenUrl").First();

        Assert.Equal("tel:+4401752668000", (string?)call["url"]);
    }

    [Fact]
    public void A_level_outside_its_scale_is_refused()
    {
        var view = PlymouthViews.Disclosure() with { Level = new LevelView(5, 4, "Statutory") };

        var error = Assert.Throws<ArgumentException>(() => RecommendationCard.Build(view));

        Assert.Contains("level 5 of 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_next_step_is_refused()
    {
        var view = PlymouthViews.Disclosure() with { Route = PlymouthViews.Disclosure().Route with { NextSteps = ["Call now", " "] } };

        var error = Assert.Throws<ArgumentException>(() => RecommendationCard.Build(view));

        Assert.Contains("The route's next steps (item 2) is missing or empty.", error.Message, StringComparison.Ordinal);
    }
}
