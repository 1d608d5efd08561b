using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Tests.Harness;

namespace TriageBot.Dialogs.Tests.Triage;

/// <summary>The conversation as a professional has it: danger first, interruptions at any point, restarts and double presses.</summary>
public sealed class TriageConversationTests
{
    private static void IsQuestion(PromptSpec p, string id) => Assert.Equal(id, p.QuestionId);

    [Fact]
    public async Task Immediate_danger_is_answered_with_999_at_once_then_the_questions_go_on()
    {
        await TriageHarness.Flow()
            .Send("hi")
            .AssertReply("Is the child in immediate danger right now?")
            .Answer("yes")
            .AssertReply(m =>
            {
                Assert.StartsWith("Call 999 now", m.Text, StringComparison.Ordinal);
                Assert.Contains("01752 668000", m.Text, StringComparison.Ordinal);
            })
            .AssertReply("How old is the child")
            .StartTestAsync();
    }

    [Fact]
    public async Task Danger_found_inside_a_topic_is_said_at_once_too()
    {
        await TriageHarness.Flow()
            .Send("hi").Answer("no").Send("3").Answer("drugs-alcohol")
            .AssertPrompt(p => IsQuestion(p, "drugs-alcohol.whose"))
            .Answer("parent")
            .Do(async (runner, _) =>
            {
                // Skip to the "where are the children" question, answering the rest "skip".
                for (var i = 0; i < 10 && await runner.GetActivePromptAsync("conversation-1") is { QuestionId: not "drugs-alcohol.parent.where" }; i++)
                {
                    await runner.RunTurnAsync(new TurnInput("conversation-1", "user-1", $"skip-{i}", "skip", null));
                }
            })
            .AssertPrompt(p => IsQuestion(p, "drugs-alcohol.parent.where"))
            .Answer("now-unsafe")
            .AssertReply(m => Assert.StartsWith("Call 999 now", m.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Who_do_i_call_now_works_mid_question_and_the_question_comes_back()
    {
        await TriageHarness.Flow(TriageHarness.SundayNight)
            .Send("hi").Answer("no")
            .AssertPrompt(p => IsQuestion(p, "triage.age"))
            .Send("Who do I call now?")
            .AssertReply(m =>
            {
                Assert.Contains("01752 346984", m.Text, StringComparison.Ordinal);
                Assert.Contains("999", m.Text, StringComparison.Ordinal);
            })
            .AssertReply("How old is the child")
            .AssertPrompt(p => IsQuestion(p, "triage.age"))
            .Send(cardValue: new { command = "who-to-call" })
            .AssertReply(m => Assert.Contains("01752 346984", m.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Who_do_i_call_before_any_assessment_answers_without_starting_one()
    {
        await TriageHarness.Flow(TriageHarness.TuesdayMorning)
            .Send("out of hours")
            .AssertReply(m => Assert.Contains("01752 668000", m.Text, StringComparison.Ordinal))
            .AssertNoReply()
            .AssertNoPrompt()
            .StartTestAsync();
    }

    [Fact]
    public async Task Back_reasks_the_previous_question_and_forgets_its_answer()
    {
        await TriageHarness.Flow()
            .Send("hi").Answer("no").Send("7").Answer("injuries")
            .AssertPrompt(p => IsQuestion(p, "injuries.description"))
            .Send("back")
            .AssertReply("What are you worried about?")
            .Answer("disclosures")
            .AssertPrompt(p => IsQuestion(p, "disclosures.kind"))
            .Command("back")
            .Command("back")
            .AssertPrompt(p => IsQuestion(p, "triage.age"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_stops_and_the_next_message_starts_afresh()
    {
        await TriageHarness.Flow()
            .Send("hi").Answer("no").Send("7")
            .Send("cancel")
            .AssertReply("Cancelled")
            .AssertNoPrompt()
            .Send("hello")
            .AssertReply("Is the child in immediate danger right now?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Start_again_in_the_middle_goes_back_to_the_first_question()
    {
        await TriageHarness.Flow()
            .Send("hi").Answer("no").Send("7").Answer("neglect")
            .Send("start again")
            .AssertReply("Starting again")
            .AssertReply("Is the child in immediate danger right now?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Skip_records_not_known_and_moves_on()
    {
        await TriageHarness.Flow()
            .Send("hi").Answer("no")
            .Send("don't know")
            .AssertPrompt(p => IsQuestion(p, "triage.worries"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Not_sure_lists_the_topics_with_a_line_each_then_asks_again()
    {
        await TriageHarness.Flow()
            .Send("hi").Answer("no").Send("7")
            .Answer("not-sure")
            .AssertReply(m =>
            {
                Assert.Contains("Neglect: ", m.Text, StringComparison.Ordinal);
                Assert.Contains("Disclosures: A child or young person has told someone", m.Text, StringComparison.Ordinal);
            })
            .AssertPrompt(p =>
            {
                IsQuestion(p, "triage.worries");
                Assert.DoesNotContain(p.Choices, c => c.Value == "not-sure");
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_new_process_resumes_at_the_same_question_with_every_answer_kept()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "triage.db");
        await TriageHarness.Flow(storage: () => new SqliteStorage(path, TimeProvider.System))
            .Send("hi").Answer("no").Send("7").Answer("disclosures")
            .Answer("physical")
            .AssertPrompt(p => IsQuestion(p, "disclosures.words"))
            .RestartProcess()
            .AssertPrompt(p => IsQuestion(p, "disclosures.words"))
            .Send("He said dad hit him.")
            .AssertPrompt(p => IsQuestion(p, "disclosures.told"))
            .Do(async (runner, _) =>
            {
                for (var i = 0; i < 20 && await runner.GetActivePromptAsync("conversation-1") is { } p && p.QuestionId != "triage.consent"; i++)
                {
                    await runner.RunTurnAsync(new TurnInput("conversation-1", "user-1", $"s{i}", "skip", null));
                }
            })
            .RestartProcess()
            .Answer("given")
            .AssertReply(m => Assert.Contains("Level 4 of 4", m.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_double_press_is_recorded_once()
    {
        string? nonce = null;
        await TriageHarness.Flow()
            .Send("hi").Answer("no").Send("7")
            .WithPrompt(p => nonce = p.Nonce)
            .SendCard(() => new { answer = "injuries", nonce }, activityId: "press-1")
            .AssertPrompt(p => IsQuestion(p, "injuries.description"))
            // The same press delivered again (retry): dropped silently.
            .SendCard(() => new { answer = "injuries", nonce }, activityId: "press-1")
            .AssertNoReply()
            // A second press of the same old card: said once, the current question shown again.
            .SendCard(() => new { answer = "neglect", nonce })
            .AssertReply("already been answered")
            .AssertPrompt(p => IsQuestion(p, "injuries.description"))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_tampered_card_value_is_asked_again_with_the_problem_named()
    {
        await TriageHarness.Flow()
            .Send("hi").Answer("no").Send("7")
            .SendCard(p => new { answer = "haircuts", nonce = p.Nonce })
            .AssertReply(m =>
            {
                Assert.Contains("I didn't recognise", m.Text, StringComparison.Ordinal);
                Assert.Contains("What are you worried about?", m.Text, StringComparison.Ordinal);
            })
            .AssertPrompt(p => IsQuestion(p, "triage.worries"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Nothing_matched_says_so_plainly_and_points_to_the_safeguarding_lead()
    {
        var runner = TriageHarness.Runner(new MemoryStorage(TimeProvider.System), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TriageHarness.TuesdayMorning));
        var replies = await TriageHarness.PlayAsync(runner, "nothing", p => p.QuestionId switch
        {
            "triage.immediate-danger" => ("no", null),
            "triage.worries" => ("Injuries", null),
            "injuries.explanations-consistent" => ("consistent", null),
            "injuries.medical" => ("satisfied", null),
            "triage.consent" => ("given", null),
            _ => ("skip", null),
        });
        Assert.Contains("No threshold indicator matched", replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains("safeguarding lead", replies[^1].Text, StringComparison.Ordinal);
    }
}
