using Microsoft.Extensions.Time.Testing;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Tests.Triage;

/// <summary>Preparing the contact: asked for only after the answer, filled only with what the professional said.</summary>
public sealed class HandoffTests
{
    private const string ChildsWords = "Mummy's boyfriend hurts me when mummy is at work. He said not to tell.";

    private static async Task<(DialogRunner Runner, List<BotMessage> Replies)> AssessAsync()
    {
        var runner = TriageHarness.Runner(new MemoryStorage(TimeProvider.System), new FakeTimeProvider(TriageHarness.TuesdayMorning));
        var replies = await TriageHarness.PlayAsync(runner, "handoff", p => p.QuestionId switch
        {
            "triage.immediate-danger" => ("no", null),
            "triage.age" => ("7", null),
            "triage.worries" => ("disclosures", null),
            "disclosures.kind" => ("1", null),
            "disclosures.words" => (ChildsWords, null),
            "disclosures.told" => ("Told me, her class teacher, this morning; first time.", null),
            "disclosures.about" => ("Someone else living in the house", null),
            "disclosures.parents-informed" => ("no", null),
            "triage.consent" => ("not asked yet", null),
            "triage.consent-risk" => ("yes", null),
            _ => ("skip", null),
        });
        return (runner, replies);
    }

    private static async Task<List<BotMessage>> SayAsync(DialogRunner runner, string? text, object? card = null)
    {
        var value = card is null ? (System.Text.Json.JsonElement?)null : System.Text.Json.JsonSerializer.SerializeToElement(card);
        return [.. await runner.RunTurnAsync(new TurnInput("handoff", "user", Guid.NewGuid().ToString(), text, value))];
    }

    [Fact]
    public async Task The_contact_holds_every_field_in_form_order_with_the_childs_words_verbatim()
    {
        var (runner, _) = await AssessAsync();

        var intro = await SayAsync(runner, null, new { command = "prepare-contact" });
        Assert.Contains("Preparing the contact", intro[0].Text, StringComparison.Ordinal);
        await SayAsync(runner, "Amy Example, 3 March 2019, 1 Any Street, Plymouth");   // child
        await SayAsync(runner, "skip");                                                // parents
        await SayAsync(runner, "J. Teacher, class teacher, Example Primary, 01752 000000"); // referrer
        await SayAsync(runner, "Her class teacher for a year.");                       // involvement
        await SayAsync(runner, "skip");                                                // views
        await SayAsync(runner, "School nurse");                                        // agencies
        var shown = await SayAsync(runner, "Telling mum could warn the boyfriend; agreed with our DSL."); // rationale

        var card = shown[^1];
        var text = card.Text;
        Assert.Contains(ChildsWords, text, StringComparison.Ordinal);
        Assert.Contains("Child has made a disclosure of physical or sexual harm", text, StringComparison.Ordinal);
        Assert.Contains("Level 4", text, StringComparison.Ordinal);
        Assert.Contains("Telling mum could warn the boyfriend", text, StringComparison.Ordinal);
        Assert.Contains("Amy Example", text, StringComparison.Ordinal);
        Assert.Contains("never be sent using e-mail that is not secure or encrypted", TriageHarness.CardJson(card), StringComparison.Ordinal);

        // Form order: each section appears after the one before it.
        string[] order =
        [
            "Nature of concerns", "The child's own words", "Level of need and indicators", "Harm, or risk of harm", "The child's developmental needs",
            "Parental capacity", "Family and environmental factors", "Strengths", "Views of the child and family", "Consent",
            "Why you are sharing without consent", "What has been tried, and by whom", "Agencies involved", "The child's details",
            "Parents' and carers' details", "Your details (referrer)",
        ];
        var positions = order.Select(h => text.IndexOf("\n" + h, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, "a section heading is missing:\n" + text));
        Assert.Equal(positions.Order(), positions);

        // The plain-text copy, with an edit made on the card.
        var copy = await SayAsync(runner, null, new { command = "handoff-text", agenciesInvolved = "School nurse; GP" });
        Assert.Contains("School nurse; GP", copy[^1].Text, StringComparison.Ordinal);
        Assert.Null(await runner.GetActivePromptAsync("handoff"));
    }

    [Fact]
    public async Task Nothing_the_professional_did_not_say_is_invented()
    {
        var (runner, _) = await AssessAsync();
        await SayAsync(runner, "prepare the contact");
        List<BotMessage> shown = [];
        for (var i = 0; i < 8 && await runner.GetActivePromptAsync("handoff") is not null; i++)
        {
            shown = await SayAsync(runner, "skip");
        }

        var view = shown[^1];
        // Skipped details stay empty: no name, no address, no parents, no views appear.
        Assert.DoesNotContain("Amy", view.Text, StringComparison.Ordinal);
        Assert.Contains("Age: 7", view.Text, StringComparison.Ordinal);
        Assert.Contains(ChildsWords, view.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_are_asked_only_after_choosing_to_prepare_the_contact()
    {
        var (_, replies) = await AssessAsync();
        Assert.DoesNotContain(replies, r => r.Text.Contains("full name", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Preparing_a_contact_with_no_assessment_says_so()
    {
        var runner = TriageHarness.Runner(new MemoryStorage(TimeProvider.System), new FakeTimeProvider(TriageHarness.TuesdayMorning));
        var replies = await runner.RunTurnAsync(new TurnInput("none", "user", "1", null, System.Text.Json.JsonSerializer.SerializeToElement(new { command = "prepare-contact" })));
        Assert.Contains("no finished assessment", Assert.Single(replies).Text, StringComparison.Ordinal);
    }
}
