using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Tests.Engine.Sample;
using TriageBot.Dialogs.Tests.Harness;

namespace TriageBot.Dialogs.Tests.Engine;

/// <summary>Restarts, races, failing steps and failing storage never lose an answer or leave a conversation stuck.</summary>
public sealed class RunnerResilienceTests
{
    private const string Conversation = "conversation-1";

    [Fact]
    public async Task A_restart_mid_dialog_over_the_same_sqlite_file_resumes_at_the_same_question_with_answers_kept()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "triagebot.db");
        string? nonce = null;
        await SampleFlows.Flow(storage: () => new SqliteStorage(path, TimeProvider.System))
            .ToAdultsQuestion()
            .WithPrompt(p => nonce = p.Nonce)
            .RestartProcess()
            .AssertPrompt(p =>
            {
                Assert.Equal(HomeDialog.AdultsQuestion, p.Text);
                Assert.Equal(nonce, p.Nonce);
            })
            // The card shown before the restart still answers the question.
            .SendCard(() => new { answer = "3", nonce })
            .AssertReply(SchoolDialog.SeenQuestion)
            .RestartProcess()
            .ToSummaryFromSeen()
            .AssertReply("Summary: topics=home+school; bedding=dirty; adults=3; seen=2026-06-28; description=A bruise on the arm; parents-told=yes")
            .StartTestAsync();
    }

    [Fact]
    public async Task Two_simultaneous_answers_in_one_conversation_are_both_kept()
    {
        var storage = new GatedStorage(new MemoryStorage(TimeProvider.System));
        var runner = SampleFlows.Runner(storage);
        await Turn(runner, "hi");
        await Turn(runner, "no");
        await Turn(runner, "home");

        storage.HoldReads(2);
        var replies = await Task.WhenAll(Turn(runner, "2", "a"), Turn(runner, "3", "b"));

        Assert.Equal(1, storage.Conflicts);
        // Whichever turn saved first answered the bedding question; the other was re-run, answered the adults
        // question and so finished the (home-only) questionnaire.
        var summary = Assert.Single(replies.SelectMany(r => r), m => m.Text.StartsWith("Summary", StringComparison.Ordinal));
        Assert.True(
            summary.Text.Contains("bedding=dirty; adults=3", StringComparison.Ordinal)
            || summary.Text.Contains("bedding=none; adults=2", StringComparison.Ordinal),
            summary.Text);
    }

    [Fact]
    public async Task Two_simultaneous_presses_of_one_card_are_applied_once()
    {
        var storage = new GatedStorage(new MemoryStorage(TimeProvider.System));
        var runner = SampleFlows.Runner(storage);
        await Turn(runner, "hi");
        var nonce = (await runner.GetActivePromptAsync(Conversation))!.Nonce;

        storage.HoldReads(2);
        var replies = await Task.WhenAll(
            Card(runner, new { answer = "no", nonce }, "press-1"),
            Card(runner, new { answer = "no", nonce }, "press-2"));

        Assert.Equal(1, storage.Conflicts);
        Assert.Single(replies, r => r.Any(m => m.Text.Contains("already been answered", StringComparison.Ordinal)));
        Assert.All(replies, r => Assert.Contains(QuestionnaireDialog.TopicsQuestion, r[^1].Text, StringComparison.Ordinal));
        Assert.Equal(QuestionnaireDialog.TopicsQuestion, (await runner.GetActivePromptAsync(Conversation))!.Text);
    }

    [Fact]
    public async Task A_step_that_throws_gets_the_apology_keeps_the_last_good_state_and_logs_no_answer_text()
    {
        var logger = new ListLogger<DialogRunner>();
        var hooks = new SampleHooks
        {
            OnDescription = text =>
            {
                if (text.Contains("boom", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("Step failed on: " + text);
                }
            },
        };

        await SampleFlows.Flow(hooks, logger: logger)
            .Send("hi").Send("no").Send("school").Send("today")
            .Send("Mum said boom")
            .AssertReply(m => Assert.Equal(new EngineTexts().Apology, m.Text))
            .AssertNoReply()
            .AssertPrompt(p => Assert.Equal(SchoolDialog.DescriptionQuestion, p.Text))
            .Send("Mum was shouting")
            .AssertReply(SchoolDialog.ParentsQuestion)
            .StartTestAsync();

        var line = Assert.Single(logger.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
        Assert.Contains("InvalidOperationException", line, StringComparison.Ordinal);
        Assert.Contains(Conversation, line, StringComparison.Ordinal);
        Assert.DoesNotContain(logger.Lines, l => l.Contains("Mum", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_storage_failure_while_saving_gets_the_apology_and_the_answer_is_not_half_applied()
    {
        var storage = new FailingWrites(new MemoryStorage(TimeProvider.System));
        var logger = new ListLogger<DialogRunner>();
        var runner = SampleFlows.Runner(storage, logger: logger);
        await Turn(runner, "hi");

        storage.Fail = true;
        var replies = await Turn(runner, "no");
        storage.Fail = false;

        Assert.Equal(new EngineTexts().Apology, Assert.Single(replies).Text);
        Assert.Contains(logger.Lines, l => l.Contains(nameof(StorageException), StringComparison.Ordinal));
        Assert.Equal(QuestionnaireDialog.DangerQuestion, (await runner.GetActivePromptAsync(Conversation))!.Text);
        Assert.Contains(QuestionnaireDialog.TopicsQuestion, (await Turn(runner, "no"))[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_saved_state_is_reported_and_the_conversation_starts_afresh()
    {
        var storage = new MemoryStorage(TimeProvider.System);
        var runner = SampleFlows.Runner(storage);
        await storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            [StateKeys.ForConversation(Conversation)] = new(JsonSerializer.SerializeToElement(new { dialogStack = "not a stack" })),
        });

        var replies = await Turn(runner, "hi");

        Assert.Equal(new EngineTexts().StateUnreadable, replies[0].Text);
        Assert.Contains(QuestionnaireDialog.DangerQuestion, replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_programming_error_in_a_dialog_gets_the_apology_and_start_again_still_works()
    {
        var logger = new ListLogger<DialogRunner>();
        var runner = new DialogRunner(new MisconfiguredDialog(), new MemoryStorage(), new TextPromptRenderer(), new FakeTimeProvider(), logger: logger);

        var replies = await runner.RunTurnAsync(new TurnInput(Conversation, "user-1", "1", "hi", null));

        Assert.Equal(new EngineTexts().Apology, Assert.Single(replies).Text);
        Assert.Contains(logger.Lines, l => l.Contains(nameof(ArgumentException), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_conversation_saved_by_dialogs_that_no_longer_exist_can_always_start_again()
    {
        var storage = new MemoryStorage();
        var useNewCode = false;
        DialogRunner Build(IStorage s) => useNewCode
            ? new DialogRunner(new MisconfiguredDialog(fixedUp: true), s, new TextPromptRenderer(), TimeProvider.System)
            : SampleFlows.Runner(s);

        await new TestFlow(Build, () => storage)
            .ToAdultsQuestion()
            .Do((_, _) =>
            {
                useNewCode = true;
                return Task.CompletedTask;
            })
            .RestartProcess()
            .Send("3")
            .AssertReply(new EngineTexts().Apology)
            .Send("start again")
            .AssertReply("Starting again")
            .AssertReply("Which?")
            .StartTestAsync();
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_when_the_runner_is_built()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DialogRunner(
            new QuestionnaireDialog(new SampleHooks()), new MemoryStorage(), new TextPromptRenderer(), TimeProvider.System,
            new DialogRunnerOptions { TimeZoneId = "Europe/Plymouth" }));
        Assert.Contains("'Europe/Plymouth' is not an IANA time zone id", ex.Message, StringComparison.Ordinal);
    }

    private static Task<IReadOnlyList<BotMessage>> Turn(DialogRunner runner, string text, string? activityId = null) =>
        runner.RunTurnAsync(new TurnInput(Conversation, "user-1", activityId ?? Guid.NewGuid().ToString("N"), text, null));

    private static Task<IReadOnlyList<BotMessage>> Card(DialogRunner runner, object value, string activityId) =>
        runner.RunTurnAsync(new TurnInput(Conversation, "user-1", activityId, null, JsonSerializer.SerializeToElement(value)));

    /// <summary>A root whose step asks a choice question through a prompt of another kind (a bug), or, fixed up, the right one.</summary>
    private sealed class MisconfiguredDialog : ComponentDialog
    {
        private readonly string _promptId;

        /// <param name="fixedUp">True registers the right prompt, as the next release of the code would.</param>
        public MisconfiguredDialog(bool fixedUp = false)
            : base(nameof(MisconfiguredDialog))
        {
            _promptId = fixedUp ? nameof(ChoicePrompt) : nameof(TextPrompt);
            AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskStepAsync]));
            AddDialog(new TextPrompt(nameof(TextPrompt)));
            AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        }

        private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
            step.PromptAsync(_promptId, PromptSpec.ForChoice("Which?", new PromptChoice("a", "A")), cancellationToken);
    }

    private sealed class FailingWrites(IStorage inner) : IStorage
    {
        public bool Fail { get; set; }

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default) =>
            Fail ? throw new StorageException("Could not write state: disk full") : inner.WriteAsync(changes, cancellationToken);

        public string NewSnapshotKey() => inner.NewSnapshotKey();

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);

        public Task<int> PurgeOlderThanAsync(TimeSpan retention, TimeProvider time, CancellationToken cancellationToken = default) =>
            inner.PurgeOlderThanAsync(retention, time, cancellationToken);
    }
}
