using TriageBot.Dialogs.Tests.Engine.Sample;

namespace TriageBot.Dialogs.Tests.Engine;

/// <summary>Card submits: stale or repeated cards are applied once; malformed values are re-asked, never thrown.</summary>
public sealed class CardSubmitTests
{
    [Fact]
    public async Task The_same_card_pressed_twice_is_applied_once()
    {
        string? dangerNonce = null;
        await SampleFlows.Flow()
            .Send("hi")
            .WithPrompt(p => dangerNonce = p.Nonce)
            .SendCard(() => new { answer = "no", nonce = dangerNonce })
            .AssertReply(QuestionnaireDialog.TopicsQuestion)
            // The second press says "yes": if it were applied, the flow would branch to the emergency advice.
            .SendCard(() => new { answer = "yes", nonce = dangerNonce })
            .AssertReply("That card has already been answered; here is the current question.")
            .AssertReply(QuestionnaireDialog.TopicsQuestion)
            .AssertNoReply()
            .AssertPrompt(p => Assert.Equal(QuestionnaireDialog.TopicsQuestion, p.Text))
            .Send("school").Send("today").Send("Seen").Send("no")
            .AssertReply("Summary: topics=school")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_redelivered_activity_is_dropped_silently()
    {
        await SampleFlows.Flow()
            .ToAdultsQuestion()
            .Send("3", activityId: "delivery-7")
            .AssertReply(SchoolDialog.SeenQuestion)
            .Send("3", activityId: "delivery-7")
            .AssertNoReply()
            .AssertPrompt(p => Assert.Equal(SchoolDialog.SeenQuestion, p.Text))
            .ToSummaryFromSeen()
            .AssertReply("bedding=dirty; adults=3; seen=2026-06-28")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_old_card_pressed_after_the_conversation_ended_starts_afresh_after_saying_so()
    {
        string? nonce = null;
        await SampleFlows.Flow()
            .Send("hi")
            .WithPrompt(p => nonce = p.Nonce)
            .Send("yes")
            .AssertReply(QuestionnaireDialog.CallNow)
            .SendCard(() => new { answer = "no", nonce })
            .AssertReply("already been answered")
            .AssertReply(QuestionnaireDialog.DangerQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_value_that_is_not_an_object_is_re_asked_naming_the_problem()
    {
        await SampleFlows.Flow()
            .Send("hi")
            .Send(cardValue: new[] { "yes" })
            .AssertReply(m => m.Text.StartsWith("That card reply was a list, not a set of fields.", StringComparison.Ordinal)
                && m.Text.Contains(QuestionnaireDialog.DangerQuestion, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task An_answer_that_is_not_text_is_re_asked_naming_the_problem()
    {
        await SampleFlows.Flow()
            .Send("hi")
            .SendCard(p => new { answer = true, nonce = p.Nonce })
            .AssertReply("That card reply's answer was a true/false value, not text.")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_unknown_option_value_is_re_asked_with_the_options()
    {
        await SampleFlows.Flow()
            .Send("hi").Send("no").Send("home")
            .Answer("sofa")
            .AssertReply("Please answer with one of: 1. Clean, 2. Dirty, urine or faeces soaked, 3. No bedding.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_card_without_a_nonce_or_without_an_answer_is_re_asked()
    {
        await SampleFlows.Flow()
            .Send("hi")
            .Send(cardValue: new { answer = "no" })
            .AssertReply("That card reply did not say which question it answers.")
            .SendCard(p => new { nonce = p.Nonce })
            .AssertReply("That card reply had no answer.")
            .AssertPrompt(p => Assert.Equal(QuestionnaireDialog.DangerQuestion, p.Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_multi_choice_list_holding_non_text_is_re_asked()
    {
        await SampleFlows.Flow()
            .Send("hi").Send("no")
            .SendCard(p => new { answer = new object[] { "home", 2 }, nonce = p.Nonce })
            .AssertReply("answer list held something other than text")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_number_card_accepts_a_json_number_or_a_string()
    {
        await SampleFlows.Flow()
            .ToAdultsQuestion()
            .SendCard(p => new { answer = 2.5, nonce = p.Nonce })
            .AssertReply("That is not a whole number.")
            .Answer("7")
            .AssertReply(SchoolDialog.SeenQuestion)
            .StartTestAsync();
    }
}
