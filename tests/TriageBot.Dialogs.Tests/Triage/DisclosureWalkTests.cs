using Microsoft.Extensions.Time.Testing;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Tests.Triage;

/// <summary>The worked case of the issue: a child tells her teacher that a parent hurt her.</summary>
public sealed class DisclosureWalkTests
{
    private static async Task<List<BotMessage>> DiscloseAsync(DateTimeOffset now, string consent = "not-yet-sought", string risk = "no")
    {
        var runner = TriageHarness.Runner(new MemoryStorage(TimeProvider.System), new FakeTimeProvider(now));
        return await TriageHarness.PlayAsync(runner, "disclosure", prompt => prompt.QuestionId switch
        {
            "triage.immediate-danger" => (null, new { answer = "no", nonce = prompt.Nonce }),
            "triage.age" => ("7", null),
            "triage.worries" => ("Disclosures", null),
            "disclosures.kind" => (null, new { answer = "physical", nonce = prompt.Nonce }),
            "disclosures.words" => ("Mummy's boyfriend hurts me when mummy is at work.", null),
            "disclosures.about" => (null, new { answer = "household", nonce = prompt.Nonce }),
            "triage.consent" => (null, new { answer = consent, nonce = prompt.Nonce }),
            "triage.consent-risk" => (risk, null),
            _ => ("skip", null),
        });
    }

    [Fact]
    public async Task In_hours_it_ends_at_level_4_with_the_front_door()
    {
        var replies = await DiscloseAsync(TriageHarness.TuesdayMorning);
        var answer = replies[^1];

        Assert.Contains("Level 4 of 4", answer.Text, StringComparison.Ordinal);
        Assert.Contains("01752 668000", answer.Text, StringComparison.Ordinal);
        var route = TriageHarness.ContactNow(answer.Text);
        Assert.DoesNotContain("01752 346984", route, StringComparison.Ordinal);
        Assert.Contains("Child has made a disclosure of physical or sexual harm", answer.Text, StringComparison.Ordinal);
        Assert.Contains("001_9322bea10a27a627.txt", answer.Text, StringComparison.Ordinal);
        Assert.Contains("tel:01752668000", TriageHarness.CardJson(answer), StringComparison.Ordinal);

        // Appendix 3's useful contacts come with the services, with their numbers.
        Assert.Contains("- Plymouth Domestic Abuse Service (001_9322bea10a27a627.txt, Appendix 3 Useful Contacts): 01752 252033", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_sunday_night_it_routes_to_the_out_of_hours_team()
    {
        var replies = await DiscloseAsync(TriageHarness.SundayNight);
        var answer = replies[^1];

        Assert.Contains("Level 4 of 4", answer.Text, StringComparison.Ordinal);
        var route = TriageHarness.ContactNow(answer.Text);
        Assert.Contains("01752 346984", route, StringComparison.Ordinal);
        Assert.Contains("tel:01752346984", TriageHarness.CardJson(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_that_would_place_the_child_at_risk_gives_the_override_step()
    {
        var replies = await DiscloseAsync(TriageHarness.TuesdayMorning, consent: "not-yet-sought", risk: "yes");
        Assert.Contains("record your decision making and rationale", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declined_consent_gives_the_declined_steps()
    {
        var replies = await DiscloseAsync(TriageHarness.TuesdayMorning, consent: "declined");
        Assert.Contains("Discuss it with a senior safeguarding lead", replies[^1].Text, StringComparison.Ordinal);
    }
}
