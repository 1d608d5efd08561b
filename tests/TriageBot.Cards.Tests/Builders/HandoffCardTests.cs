using System.Text;
using System.Text.Json.Nodes;
using TriageBot.Cards.Builders;
using TriageBot.Cards.Tests.Support;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Tests.Builders;

public sealed class HandoffCardTests
{
    private const string Reminder = "Note: information about children and families should never be sent using e-mail that is not secure or encrypted.";

    [Fact]
    public void Matches_its_snapshot_fits_the_budget_and_parses_in_Microsofts_renderer()
    {
        var result = HandoffCard.Build(PlymouthViews.Handoff());

        Snapshot.Match("handoff", result.Card);
        Assert.InRange(result.Card.Utf8Size(), 1, CardProtocol.MaxCardBytes);
        CardValidator.AssertValid(result.Card);
    }

    [Fact]
    public void Fields_are_editable_multiline_inputs_in_the_forms_order()
    {
        var view = PlymouthViews.Handoff();

        var inputs = Inputs(HandoffCard.Build(view).Card.ToJson());

        Assert.Equal(view.Fields.Select(f => HandoffCard.InputId(f.Section)), inputs.Select(i => (string?)i["id"]));
        Assert.Equal(view.Fields.Select(f => HandoffCard.Label(f.Section)), inputs.Select(i => (string?)i["label"]));
        Assert.All(inputs, i => Assert.Equal(true, (bool?)i["isMultiline"]));
        Assert.Equal("natureOfConcerns", (string?)inputs[0]["id"]);
    }

    [Fact]
    public void An_area_with_another_order_gets_its_own_order()
    {
        var view = PlymouthViews.Handoff() with
        {
            Fields = [new(HandoffSection.ReferrerDetails, null), new(HandoffSection.ChildDetails, null), new(HandoffSection.NatureOfConcerns, PlymouthViews.ConcernWords)],
        };

        var inputs = Inputs(HandoffCard.Build(view).Card.ToJson());

        Assert.Equal(["referrerDetails", "childDetails", "natureOfConcerns"], inputs.Select(i => (string?)i["id"]));
    }

    [Fact]
    public void The_professionals_words_are_kept_exactly()
    {
        var inputs = Inputs(HandoffCard.Build(PlymouthViews.Handoff()).Card.ToJson());

        Assert.Equal(PlymouthViews.ConcernWords, (string?)inputs.Single(i => (string?)i["id"] == "natureOfConcerns")["value"]);
        Assert.Equal(PlymouthViews.ChildWords, (string?)inputs.Single(i => (string?)i["id"] == "childsOwnWords")["value"]);
        Assert.Equal(
            "Level 4 of 4 · Statutory\n- Child has made a disclosure of physical or sexual harm (Level 4; 001_9322bea10a27a627.txt, Appendix 1)",
            (string?)inputs.Single(i => (string?)i["id"] == "levelAndIndicators")["value"]);
        Assert.Equal("Not yet sought.", (string?)inputs.Single(i => (string?)i["id"] == "consentStatus")["value"]);
    }

    [Fact]
    public void A_field_the_view_did_not_supply_shows_no_value_only_a_placeholder()
    {
        var view = PlymouthViews.Handoff();

        var result = HandoffCard.Build(view);
        var inputs = Inputs(result.Card.ToJson());

        foreach (var (field, input) in view.Fields.Zip(inputs))
        {
            if (field.Value is null)
            {
                Assert.False(input.ContainsKey("value"), $"{field.Section} shows a value the view did not supply: {input["value"]}");
                Assert.Equal("Not given in the conversation: add it if you know it", (string?)input["placeholder"]);
                Assert.Contains($"{HandoffCard.Label(field.Section)}\n(not given)", result.Text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(field.Value, (string?)input["value"]);
                Assert.Null(input["placeholder"]);
            }
        }

        // Nothing else on the card carries a value either: no choice, toggle or hidden default.
        Assert.Equal(view.Fields.Count(f => f.Value is not null), CardQuery.Objects(result.Card.ToJson()).Count(o => o.ContainsKey("value")));
    }

    [Fact]
    public void Sharing_without_consent_asks_for_the_rationale_and_leaves_it_empty_until_given()
    {
        var view = PlymouthViews.Handoff() with
        {
            Fields =
            [
                new(HandoffSection.NatureOfConcerns, PlymouthViews.ConcernWords),
                new(HandoffSection.ConsentStatus, HandoffCard.ConsentStatus(ConsentKind.OverrideRisk)),
                new(HandoffSection.ConsentRationale, null),
            ],
        };

        var result = HandoffCard.Build(view);
        var rationale = Inputs(result.Card.ToJson()).Single(i => (string?)i["id"] == "consentRationale");

        Assert.Equal("Why you are sharing without consent, and who agreed", (string?)rationale["label"]);
        Assert.Null(rationale["value"]);
        Assert.Contains("Not sought: seeking consent would place a child or adult at risk.", result.Text, StringComparison.Ordinal);
        CardValidator.AssertValid(result.Card);
    }

    [Fact]
    public void Copy_as_plain_text_gathers_the_edited_fields()
    {
        var json = HandoffCard.Build(PlymouthViews.Handoff()).Card.ToJson();

        var copy = json["actions"]!.AsArray().Single()!;
        Assert.Equal("Copy as plain text", (string?)copy["title"]);
        Assert.Equal("handoff-text", (string?)copy["data"]!["command"]);
        Assert.Null(copy["associatedInputs"]);
    }

    [Fact]
    public void The_secure_routes_reminder_is_on_the_card_and_in_the_text()
    {
        var result = HandoffCard.Build(PlymouthViews.Handoff());

        Assert.Contains(Reminder, CardQuery.AllText(result.Card.ToJson()), StringComparison.Ordinal);
        Assert.Contains("001_9322bea10a27a627.txt, Appendix 3", CardQuery.AllText(result.Card.ToJson()), StringComparison.Ordinal);
        Assert.EndsWith(Reminder, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Edits_submitted_from_the_card_replace_the_values_and_an_emptied_field_becomes_not_given()
    {
        var view = PlymouthViews.Handoff();
        var submitted = new JsonObject
        {
            ["command"] = "handoff-text",
            ["natureOfConcerns"] = PlymouthViews.ConcernWords + " She was crying.",
            ["strengths"] = "  Grandmother collects her from school.  ",
            ["childsOwnWords"] = "",
        };

        var edited = HandoffCard.WithEdits(view, submitted);
        var text = HandoffCard.Build(edited).Text;

        Assert.Equal(PlymouthViews.ConcernWords + " She was crying.", Value(edited, HandoffSection.NatureOfConcerns));
        Assert.Equal("Grandmother collects her from school.", Value(edited, HandoffSection.Strengths));
        Assert.Null(Value(edited, HandoffSection.ChildsOwnWords));
        Assert.Equal(Value(view, HandoffSection.WhatHasBeenTried), Value(edited, HandoffSection.WhatHasBeenTried));
        Assert.Contains("Strengths\nGrandmother collects her from school.", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_submitted_field_that_is_not_text_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => HandoffCard.WithEdits(PlymouthViews.Handoff(), new JsonObject { ["strengths"] = 3 }));

        Assert.Contains("\"strengths\" is not text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contact_too_long_for_a_card_keeps_every_word_in_the_text()
    {
        var longWords = string.Concat(Enumerable.Repeat(PlymouthViews.ConcernWords + " ", 200));
        var view = PlymouthViews.Handoff() with
        {
            Fields = [.. Enum.GetValues<HandoffSection>().Select(s => new HandoffField(s, $"{s}: {longWords}"))],
        };

        var result = HandoffCard.Build(view);

        Assert.InRange(result.Card.Utf8Size(), 1, CardProtocol.MaxCardBytes);
        Assert.Equal(result.Card.ToJsonString(), Encoding.UTF8.GetString(result.Utf8Json.Span));
        Assert.Contains("too long to show as a form", CardQuery.AllText(result.Card.ToJson()), StringComparison.Ordinal);
        Assert.All(view.Fields, f => Assert.Contains(f.Value!, result.Text, StringComparison.Ordinal));
        Assert.Equal("handoff-text", (string?)result.Card.ToJson()["actions"]![0]!["data"]!["command"]);
        CardValidator.AssertValid(result.Card);
    }

    [Fact]
    public void A_section_listed_twice_is_refused()
    {
        var view = PlymouthViews.Handoff() with { Fields = [new(HandoffSection.Strengths, null), new(HandoffSection.Strengths, "x")] };

        var error = Assert.Throws<ArgumentException>(() => HandoffCard.Build(view));

        Assert.Contains("lists the section Strengths twice", error.Message, StringComparison.Ordinal);
    }

    private static List<JsonObject> Inputs(JsonObject card) => [.. CardQuery.OfType(card, "Input.Text")];

    private static string? Value(HandoffView view, HandoffSection section) => view.Fields.Single(f => f.Section == section).Value;
}
