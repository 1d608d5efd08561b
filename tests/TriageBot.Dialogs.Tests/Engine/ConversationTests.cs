using TriageBot.Dialogs.Tests.Engine.Sample;
using TriageBot.Dialogs.Tests.Harness;

namespace TriageBot.Dialogs.Tests.Engine;

/// <summary>The sample questionnaire end to end, typed and by card, with its branch.</summary>
public sealed class ConversationTests
{
    [Fact]
    public async Task Typed_answers_walk_every_prompt_kind_to_the_summary()
    {
        await SampleFlows.Flow()
            .Send("hi")
            .AssertReply(m =>
            {
                Assert.Contains(QuestionnaireDialog.DangerQuestion, m.Text, StringComparison.Ordinal);
                Assert.Contains("1. Yes\n2. No\n3. Not known", m.Text, StringComparison.Ordinal);
                Assert.Equal(["Yes", "No", "Not known"], m.SuggestedReplies);
            })
            .Send("No.")
            .AssertReply(m => m.Text.Contains(QuestionnaireDialog.TopicsQuestion, StringComparison.Ordinal) && m.SuggestedReplies!.Contains("Back"))
            .Send("1, 2")
            .AssertReply(m =>
            {
                Assert.Contains("Home: question 1 of 2", m.Text, StringComparison.Ordinal);
                Assert.Contains(HomeDialog.BeddingQuestion, m.Text, StringComparison.Ordinal);
                Assert.Contains("Skip", m.SuggestedReplies!);
            })
            .Send("dirty, urine or faeces soaked")
            .AssertReply(HomeDialog.AdultsQuestion)
            .Send("2")
            .AssertReply(SchoolDialog.SeenQuestion)
            .Send("2026-06-28")
            .AssertReply(SchoolDialog.DescriptionQuestion)
            .Send("  Bruise on the left arm  ")
            .AssertReply(SchoolDialog.ParentsQuestion)
            .Send("NO")
            .AssertReply("Summary: topics=home+school; bedding=dirty; adults=2; seen=2026-06-28; description=Bruise on the left arm; parents-told=no")
            .AssertNoReply()
            .AssertNoPrompt()
            .StartTestAsync();
    }

    [Fact]
    public async Task Card_answers_walk_every_prompt_kind_to_the_summary()
    {
        await SampleFlows.Flow()
            .Send("hi")
            .Answer("no")
            .AssertReply(QuestionnaireDialog.TopicsQuestion)
            .Answer("home", "school")
            .AssertReply(HomeDialog.BeddingQuestion)
            .Answer("none")
            .AssertReply(HomeDialog.AdultsQuestion)
            .SendCard(p => new { answer = 4, nonce = p.Nonce })
            .AssertReply(SchoolDialog.SeenQuestion)
            .Answer("2026-06-30")
            .AssertReply(SchoolDialog.DescriptionQuestion)
            .Answer("Hungry at breakfast club")
            .AssertReply(SchoolDialog.ParentsQuestion)
            .Answer("not-known")
            .AssertReply("Summary: topics=home+school; bedding=none; adults=4; seen=2026-06-30; description=Hungry at breakfast club; parents-told=not known")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_brief_style_card_value_with_the_current_nonce_placeholder_is_applied()
    {
        await SampleFlows.Flow()
            .Send("hi")
            .Send(cardValue: new { answer = "no", nonce = TestFlow.CurrentNonce })
            .AssertReply(QuestionnaireDialog.TopicsQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Multi_choice_card_accepts_the_comma_joined_string_that_adaptive_card_checkboxes_submit()
    {
        await SampleFlows.Flow()
            .Send("hi").Send("no")
            .Answer("school,home")
            .AssertReply(HomeDialog.BeddingQuestion)
            .Send("3").Send("1").Send("skip").Send("x").Send("y")
            .AssertReply("topics=home+school; bedding=none; adults=1; seen=not known")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choosing_one_topic_skips_the_other_topic_dialog()
    {
        await SampleFlows.Flow()
            .Send("hi").Send("2").Send("school")
            .AssertReply(SchoolDialog.SeenQuestion)
            .Send("yesterday").Send("Upset").Send("y")
            .AssertReply("Summary: topics=school; seen=2026-06-30; description=Upset; parents-told=yes")
            .StartTestAsync();
    }

    [Fact]
    public async Task Yes_to_danger_branches_straight_to_the_emergency_advice_and_the_next_message_starts_afresh()
    {
        await SampleFlows.Flow()
            .Send("hi")
            .Send("1")
            .AssertReply(QuestionnaireDialog.CallNow)
            .AssertNoReply()
            .AssertNoPrompt()
            .Send("hello again")
            .AssertReply(QuestionnaireDialog.DangerQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Today_is_read_in_the_configured_zone_not_utc()
    {
        // SampleFlows.Now is 23:30 UTC on 30 June: in London (BST) it is already 1 July.
        await SampleFlows.Flow()
            .Send("hi").Send("no").Send("school")
            .Send("today").Send("Seen at the gate").Send("no")
            .AssertReply("seen=2026-07-01")
            .StartTestAsync();
    }

    [Fact]
    public async Task Separate_conversations_keep_separate_answers()
    {
        var storage = new TriageBot.Dialogs.Storage.MemoryStorage(TimeProvider.System);
        var first = new TestFlow(s => SampleFlows.Runner(s), () => storage, conversationId: "a");
        var second = new TestFlow(s => SampleFlows.Runner(s), () => storage, conversationId: "b");
        await first.Send("hi").Send("no").StartTestAsync();
        await second.Send("hi").AssertPrompt(p => Assert.Equal(QuestionnaireDialog.DangerQuestion, p.Text)).StartTestAsync();
        await new TestFlow(s => SampleFlows.Runner(s), () => storage, conversationId: "a")
            .AssertPrompt(p => Assert.Equal(QuestionnaireDialog.TopicsQuestion, p.Text))
            .StartTestAsync();
    }
}
