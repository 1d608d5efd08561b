using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Tests.Harness;
using TriageBot.Dialogs.Tests.Engine.Sample;

namespace TriageBot.Dialogs.Tests.Engine;

/// <summary>help, cancel, back, start again and skip, typed or as card commands, at several questions.</summary>
public sealed class InterruptionTests
{
    [Fact]
    public async Task Help_at_the_first_question_shows_the_dialogs_help_then_asks_the_same_question_again()
    {
        string? nonce = null;
        await SampleFlows.Flow()
            .Send("hi")
            .WithPrompt(p => nonce = p.Nonce)
            .Send("Help")
            .AssertReply(m =>
            {
                Assert.Contains(QuestionnaireDialog.Help, m.Text, StringComparison.Ordinal);
                Assert.Contains("'start again'", m.Text, StringComparison.Ordinal);
            })
            .AssertReply(QuestionnaireDialog.DangerQuestion)
            .AssertNoReply()
            // The card on screen is still the current question's card.
            .AssertPrompt(p => Assert.Equal(nonce, p.Nonce))
            .Answer("no")
            .AssertReply(QuestionnaireDialog.TopicsQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_at_a_question_with_its_own_help_shows_that_help()
    {
        await SampleFlows.Flow()
            .Send("hi").Send("no").Send("1")
            .Send("?")
            .AssertReply(HomeDialog.BeddingHelp)
            .AssertReply(HomeDialog.BeddingQuestion)
            .Command("help")
            .AssertReply(HomeDialog.BeddingHelp)
            .AssertReply(HomeDialog.BeddingQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_mid_topic_ends_everything_and_the_next_message_starts_afresh()
    {
        await SampleFlows.Flow()
            .ToAdultsQuestion()
            .Send("cancel")
            .AssertReply("Cancelled")
            .AssertNoReply()
            .AssertNoPrompt()
            .Send("3")
            .AssertReply(QuestionnaireDialog.DangerQuestion)
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_by_card_command_at_the_first_question()
    {
        await SampleFlows.Flow()
            .Send("hi")
            .Command("cancel")
            .AssertReply("Cancelled")
            .AssertNoPrompt()
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_at_the_first_question_says_there_is_nothing_to_go_back_to()
    {
        await SampleFlows.Flow()
            .Send("hi")
            .Send("back")
            .AssertReply("nothing to go back to")
            .AssertReply(m => m.Text.Contains(QuestionnaireDialog.DangerQuestion, StringComparison.Ordinal) && !(m.SuggestedReplies ?? []).Contains("Back"))
            .Send("no")
            .AssertReply(QuestionnaireDialog.TopicsQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_re_asks_the_previous_question_and_discards_its_answer()
    {
        await SampleFlows.Flow()
            .ToAdultsQuestion()
            .Send("back")
            .AssertReply(HomeDialog.BeddingQuestion)
            .AssertNoReply()
            .Send("clean")
            .AssertReply(HomeDialog.AdultsQuestion)
            .ToSummary()
            .AssertReply("bedding=clean; adults=3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_twice_walks_back_across_a_child_dialog_into_the_parent()
    {
        await SampleFlows.Flow()
            .ToAdultsQuestion()
            .Send("back")
            .AssertReply(HomeDialog.BeddingQuestion)
            .Send("go back")
            .AssertReply(QuestionnaireDialog.TopicsQuestion)
            .Send("school")
            .AssertReply(SchoolDialog.SeenQuestion)
            .Send("back")
            .AssertReply(QuestionnaireDialog.TopicsQuestion)
            .Send("back")
            .AssertReply(QuestionnaireDialog.DangerQuestion)
            // The earlier "no" is discarded with the step: answering yes now takes the other branch.
            .Send("yes")
            .AssertReply(QuestionnaireDialog.CallNow)
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_works_in_a_conversation_whose_id_json_must_escape()
    {
        // A snapshot names its conversation; an id written unescaped, or escaped otherwise than read, would not match.
        await new TestFlow(s => SampleFlows.Runner(s), conversationId: "a:1é\"<x>;messageid=17\u2028")
            .ToAdultsQuestion()
            .Send("back")
            .AssertReply(HomeDialog.BeddingQuestion)
            .Send("back")
            .AssertReply(QuestionnaireDialog.TopicsQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_from_the_first_question_of_a_topic_returns_to_the_last_question_of_the_previous_topic()
    {
        await SampleFlows.Flow()
            .ToAdultsQuestion()
            .Send("5")
            .AssertReply(SchoolDialog.SeenQuestion)
            .Command("back")
            .AssertReply(HomeDialog.AdultsQuestion)
            .Send("1")
            .AssertReply(SchoolDialog.SeenQuestion)
            .Send("28/06/2026").Send("Tired").Send("no")
            .AssertReply("bedding=dirty; adults=1; seen=2026-06-28")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_makes_the_cards_of_the_question_it_left_stale()
    {
        string? adultsNonce = null;
        await SampleFlows.Flow()
            .ToAdultsQuestion()
            .WithPrompt(p => adultsNonce = p.Nonce)
            .Send("back")
            .SendCard(() => new { answer = "4", nonce = adultsNonce })
            .AssertReply("already been answered")
            .AssertReply(HomeDialog.BeddingQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_works_after_a_process_restart()
    {
        await SampleFlows.Flow()
            .ToAdultsQuestion()
            .RestartProcess()
            .Send("back")
            .AssertReply(HomeDialog.BeddingQuestion)
            .Send("none")
            .RestartProcess()
            .Send("2")
            .ToSummaryFromSeen()
            .AssertReply("bedding=none; adults=2")
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_goes_only_as_far_as_the_configured_number_of_questions_and_restores_the_right_one()
    {
        // Two remembered questions (the current one and one before it) over five asked: the older snapshots are dropped, and the kept ones must still hold the right stacks.
        await TwoBackStepsFlow()
            .ToAdultsQuestion()
            .Send("3")
            .AssertReply(SchoolDialog.SeenQuestion)
            .Send("back")
            .AssertReply(HomeDialog.AdultsQuestion)
            .Send("back")
            .AssertReply("nothing to go back to")
            .AssertReply(HomeDialog.AdultsQuestion)
            .Send("4")
            .ToSummaryFromSeen()
            .AssertReply("bedding=dirty; adults=4")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_deletes_the_earlier_answers_kept_for_back_at_once()
    {
        var flow = SampleFlows.Flow();
        string[] kept = [];
        await flow
            .ToAdultsQuestion()
            .Do(async (_, storage) =>
            {
                kept = await SnapshotKeysAsync(storage, flow.ConversationId);
                Assert.Equal(4, kept.Length);
                Assert.Equal(4, (await storage.ReadAsync(kept)).Count);
            })
            .Send("cancel")
            .AssertReply("Cancelled")
            .Do(async (_, storage) =>
            {
                Assert.Empty(await SnapshotKeysAsync(storage, flow.ConversationId));
                Assert.Empty(await storage.ReadAsync(kept));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Going_back_deletes_the_answers_kept_for_the_questions_gone_back_past()
    {
        var flow = SampleFlows.Flow();
        string[] kept = [];
        await flow
            .ToAdultsQuestion()
            .Do(async (_, storage) => kept = await SnapshotKeysAsync(storage, flow.ConversationId))
            .Send("back")
            .AssertReply(HomeDialog.BeddingQuestion)
            .Do(async (_, storage) =>
            {
                // The bedding question and the one after it are forgotten; the bedding question, asked again, has a new one.
                var now = await SnapshotKeysAsync(storage, flow.ConversationId);
                Assert.Equal(3, now.Length);
                Assert.Equal(kept[..2], now[..2]);
                Assert.DoesNotContain(now[2], kept);
                Assert.Equal(kept[..2], (await storage.ReadAsync(kept)).Keys.Order(StringComparer.Ordinal));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task The_answers_kept_for_questions_beyond_the_limit_are_deleted_as_the_limit_is_passed()
    {
        var flow = TwoBackStepsFlow();
        var seen = new List<string>();
        await flow
            .ToAdultsQuestion()
            .Do(async (_, storage) => seen.AddRange(await SnapshotKeysAsync(storage, flow.ConversationId)))
            .Send("3")
            .Do(async (_, storage) =>
            {
                var now = await SnapshotKeysAsync(storage, flow.ConversationId);
                Assert.Equal(2, now.Length);
                seen.AddRange(now);
                // Every snapshot ever taken, less the two remembered, is gone from the store.
                Assert.Equal(now.Order(StringComparer.Ordinal), (await storage.ReadAsync([.. seen.Distinct()])).Keys.Order(StringComparer.Ordinal));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_to_a_snapshot_that_belongs_to_another_conversation_is_refused_even_with_the_right_nonce()
    {
        // A store mixed up (or tampered with) so that this conversation's step names a snapshot of another: its answers
        // must not be restored here. The nonce is made to match, so only the conversation check stands in the way.
        var storage = new MemoryStorage();
        var other = SampleFlows.Flow(storage: () => storage);
        await other.ToAdultsQuestion().StartTestAsync();
        var mine = new TestFlow(s => SampleFlows.Runner(s), () => storage, conversationId: "conversation-2");
        await mine
            .ToAdultsQuestion()
            .Do(async (_, s) =>
            {
                var key = StateKeys.ForConversation(mine.ConversationId);
                var state = JsonNode.Parse((await s.ReadAsync([key]))[key].Utf8Json.Span)!.AsObject();
                var step = state["backHistory"]![2]!;
                var theirs = (await SnapshotKeysAsync(s, other.ConversationId))[2];
                var snapshot = JsonNode.Parse((await s.ReadAsync([theirs]))[theirs].Utf8Json.Span)!;
                snapshot["nonce"] = step["nonce"]!.GetValue<string>();
                step["snapshot"] = theirs;
                await s.WriteAsync(new Dictionary<string, StoreItem>
                {
                    [key] = new(JsonSerializer.SerializeToUtf8Bytes(state)),
                    [theirs] = new(JsonSerializer.SerializeToUtf8Bytes(snapshot)),
                });
            })
            .Send("back")
            .AssertReply("the earlier question is no longer saved")
            .AssertReply(HomeDialog.AdultsQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_to_a_question_whose_saved_state_is_gone_says_so_and_carries_on_with_the_current_one()
    {
        var flow = SampleFlows.Flow();
        await flow
            .ToAdultsQuestion()
            .Do(async (_, storage) => await storage.DeleteAsync(await SnapshotKeysAsync(storage, flow.ConversationId)))
            .Send("back")
            .AssertReply("the earlier question is no longer saved")
            .AssertReply(HomeDialog.AdultsQuestion)
            .Send("3")
            .ToSummaryFromSeen()
            .AssertReply("bedding=dirty; adults=3")
            .StartTestAsync();
    }

    [Fact]
    public async Task Start_again_mid_topic_clears_the_answers_and_asks_the_first_question()
    {
        await SampleFlows.Flow()
            .ToAdultsQuestion()
            .Send("Start again!")
            .AssertReply("Starting again")
            .AssertReply(QuestionnaireDialog.DangerQuestion)
            .Send("back")
            .AssertReply("nothing to go back to")
            .Send("no").Send("school")
            .Send("yesterday").Send("Quiet").Send("yes")
            .AssertReply("Summary: topics=school; seen=2026-06-30")
            .StartTestAsync();
    }

    [Fact]
    public async Task Restart_by_card_command_in_a_child_dialog()
    {
        await SampleFlows.Flow()
            .Send("hi").Send("no").Send("school").Send("today")
            .Command("restart")
            .AssertReply("Starting again")
            .AssertReply(QuestionnaireDialog.DangerQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Skip_answers_a_skippable_question_as_not_known()
    {
        await SampleFlows.Flow()
            .Send("hi").Send("no").Send("1, 2")
            .Send("don't know")
            .AssertReply(HomeDialog.AdultsQuestion)
            .Send("2")
            .Command("skip")
            .AssertReply(SchoolDialog.DescriptionQuestion)
            .Send("Cold").Send("not known")
            .AssertReply("bedding=not known; adults=2; seen=not known; description=Cold; parents-told=not known")
            .StartTestAsync();
    }

    [Fact]
    public async Task Skip_on_a_question_that_needs_an_answer_is_refused_and_the_question_asked_again()
    {
        await SampleFlows.Flow()
            .ToAdultsQuestion()
            .Send("skip")
            .AssertReply(m => m.Text.StartsWith("This question needs an answer; it can't be skipped.", StringComparison.Ordinal)
                && m.Text.Contains(HomeDialog.AdultsQuestion, StringComparison.Ordinal))
            .AssertPrompt(p => Assert.Equal(HomeDialog.AdultsQuestion, p.Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task Not_known_on_a_yes_no_question_is_an_answer_even_though_skipping_is_not_offered()
    {
        await SampleFlows.Flow()
            .Send("hi")
            .Send("Don't know")
            .AssertReply(QuestionnaireDialog.TopicsQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_with_the_sqlite_store_leaves_nothing_waiting_after_a_restart()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "state.db");
        await SampleFlows.Flow(storage: () => new SqliteStorage(path, TimeProvider.System))
            .ToAdultsQuestion()
            .Send("cancel")
            .RestartProcess()
            .AssertNoPrompt()
            .StartTestAsync();
    }

    /// <summary>The sample questionnaire with "back" able to return to two questions.</summary>
    private static TestFlow TwoBackStepsFlow() =>
        new(s => new DialogRunner(
            new QuestionnaireDialog(new SampleHooks()), s, new TextPromptRenderer(), new FakeTimeProvider(SampleFlows.Now),
            new DialogRunnerOptions { MaxBackSteps = 2 }));

    /// <summary>The keys of the snapshots a conversation's saved state names, oldest first.</summary>
    private static async Task<string[]> SnapshotKeysAsync(IStorage storage, string conversationId)
    {
        var key = StateKeys.ForConversation(conversationId);
        var state = JsonNode.Parse((await storage.ReadAsync([key]))[key].Utf8Json.Span)!;
        return [.. state["backHistory"]!.AsArray().Select(step => step!["snapshot"]!.GetValue<string>())];
    }
}
