using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Tests.Harness;

/// <summary>
/// A scripted conversation in the style of Bot Builder's TestFlow: queue sends and assertions, then
/// <see cref="StartTestAsync"/> plays them in order against a <see cref="DialogRunner"/>.
/// <code>
/// await new TestFlow(storage => Runner(storage))
///     .Send("hi").AssertReply(m => m.Text.Contains("danger"))
///     .Send(cardValue: new { answer = "no", nonce = TestFlow.CurrentNonce })
///     .RestartProcess()
///     .AssertPrompt(p => Assert.Equal(PromptKind.MultiChoice, p.Kind))
///     .StartTestAsync();
/// </code>
/// Replies not asserted before the next send are dropped, as in Bot Builder.
/// </summary>
public sealed class TestFlow
{
    /// <summary>Put this string anywhere in a card value; it is replaced by the nonce of the question waiting.</summary>
    public const string CurrentNonce = "$current-nonce$";

    private readonly Func<IStorage, DialogRunner> _runnerFactory;
    private readonly Func<IStorage> _storageFactory;
    private readonly List<Func<Task>> _steps = [];
    private readonly Queue<BotMessage> _replies = new();
    private readonly List<BotMessage> _transcript = [];
    private DialogRunner? _runner;
    private IStorage? _storage;
    private int _activityCounter;

    /// <param name="runnerFactory">Builds the runner over a storage; called again by <see cref="RestartProcess"/>.</param>
    /// <param name="storageFactory">
    /// Opens the durable store; called again by <see cref="RestartProcess"/> (e.g. a new SqliteStorage over the same file).
    /// Defaults to one <see cref="MemoryStorage"/> kept across restarts.
    /// </param>
    /// <param name="conversationId">The conversation every turn belongs to.</param>
    /// <param name="userId">The user sending every turn.</param>
    public TestFlow(
        Func<IStorage, DialogRunner> runnerFactory,
        Func<IStorage>? storageFactory = null,
        string conversationId = "conversation-1",
        string userId = "user-1")
    {
        _runnerFactory = runnerFactory;
        if (storageFactory is null)
        {
            var shared = new MemoryStorage(TimeProvider.System);
            storageFactory = () => shared;
        }

        _storageFactory = storageFactory;
        ConversationId = conversationId;
        UserId = userId;
    }

    public string ConversationId { get; }

    public string UserId { get; }

    /// <summary>Every reply of the conversation so far, in order (for diagnostics and custom checks).</summary>
    public IReadOnlyList<BotMessage> Transcript => _transcript;

    private DialogRunner Runner => _runner ??= _runnerFactory(Storage);

    private IStorage Storage => _storage ??= _storageFactory();

    /// <summary>A typed message, a card submit, or both; <paramref name="activityId"/> defaults to a fresh id per send.</summary>
    public TestFlow Send(string? text = null, object? cardValue = null, string? activityId = null, string? locale = null) =>
        Then(async () =>
        {
            JsonElement? value = cardValue is null ? null : await ResolveNoncesAsync(JsonSerializer.SerializeToElement(cardValue));
            await RunAsync(new TurnInput(ConversationId, UserId, activityId ?? NextActivityId(), text, value, locale));
        });

    /// <summary>A card submit built, when it is sent, from the question then waiting (its nonce, choices, kind).</summary>
    public TestFlow SendCard(Func<PromptSpec, object> build, string? activityId = null) =>
        SendAnyCard(async () => build(await RequirePromptAsync()), activityId);

    /// <summary>A card submit built when it is sent, e.g. from a nonce captured earlier with <see cref="WithPrompt"/>.</summary>
    public TestFlow SendCard(Func<object> build, string? activityId = null) =>
        SendAnyCard(() => Task.FromResult(build()), activityId);

    /// <summary>Presses the current question's card: {"answer": ..., "nonce": current}; several answers go as a list.</summary>
    public TestFlow Answer(params string[] answers) =>
        SendCard(prompt => answers.Length == 1
            ? new { answer = (object)answers[0], nonce = prompt.Nonce }
            : new { answer = (object)answers, nonce = prompt.Nonce });

    /// <summary>A card button that sends a command, e.g. {"command": "back", "nonce": current}.</summary>
    public TestFlow Command(string command) => SendCard(prompt => new { command, nonce = prompt.Nonce });

    public TestFlow AssertReply(Action<BotMessage> check) =>
        Then(() =>
        {
            check(NextReply());
            return Task.CompletedTask;
        });

    public TestFlow AssertReply(Func<BotMessage, bool> predicate, string? description = null) =>
        Then(() =>
        {
            var reply = NextReply();
            Assert.True(predicate(reply), $"Reply did not match {description ?? "the predicate"}:\n{reply.Text}");
            return Task.CompletedTask;
        });

    /// <summary>The next reply's text contains <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected) =>
        AssertReply(reply => Assert.Contains(expected, reply.Text, StringComparison.Ordinal));

    /// <summary>No (more) replies from the last send.</summary>
    public TestFlow AssertNoReply() =>
        Then(() =>
        {
            Assert.True(_replies.Count == 0, $"Expected no more replies but got:\n{string.Join("\n---\n", _replies.Select(r => r.Text))}");
            return Task.CompletedTask;
        });

    /// <summary>Checks the question the conversation is waiting on (read from storage, as a restarted process would).</summary>
    public TestFlow AssertPrompt(Action<PromptSpec> check) =>
        Then(async () => check(await RequirePromptAsync()));

    public TestFlow AssertNoPrompt() =>
        Then(async () => Assert.Null(await Runner.GetActivePromptAsync(ConversationId)));

    /// <summary>Hands the waiting question to <paramref name="use"/>, e.g. to keep its nonce for a later stale submit.</summary>
    public TestFlow WithPrompt(Action<PromptSpec> use) => AssertPrompt(use);

    /// <summary>Drops the runner (and reopens the storage) as a process restart would; the conversation goes on from storage.</summary>
    public TestFlow RestartProcess() =>
        Then(() =>
        {
            _runner = null;
            _storage = null;
            _replies.Clear();
            return Task.CompletedTask;
        });

    /// <summary>Any other step, with the current runner and storage.</summary>
    public TestFlow Do(Func<DialogRunner, IStorage, Task> action) => Then(() => action(Runner, Storage));

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }
    }

    private TestFlow Then(Func<Task> step)
    {
        _steps.Add(step);
        return this;
    }

    private TestFlow SendAnyCard(Func<Task<object>> build, string? activityId) =>
        Then(async () =>
        {
            var value = JsonSerializer.SerializeToElement(await build());
            await RunAsync(new TurnInput(ConversationId, UserId, activityId ?? NextActivityId(), null, value));
        });

    private string NextActivityId() => "activity-" + (++_activityCounter).ToString(CultureInfo.InvariantCulture);

    private async Task RunAsync(TurnInput input)
    {
        _replies.Clear();
        var replies = await Runner.RunTurnAsync(input, CancellationToken.None);
        foreach (var reply in replies)
        {
            Assert.False(string.IsNullOrWhiteSpace(reply.Text), "Every reply must carry a plain-text version.");
            _replies.Enqueue(reply);
            _transcript.Add(reply);
        }
    }

    private BotMessage NextReply() =>
        _replies.TryDequeue(out var reply)
            ? reply
            : throw new Xunit.Sdk.XunitException(
                $"Expected a reply but there was none. Conversation so far:\n{string.Join("\n---\n", _transcript.Select(r => r.Text))}");

    private async Task<PromptSpec> RequirePromptAsync() =>
        await Runner.GetActivePromptAsync(ConversationId)
        ?? throw new Xunit.Sdk.XunitException("Expected a question to be waiting, but none is.");

    private async Task<JsonElement> ResolveNoncesAsync(JsonElement value)
    {
        var node = JsonSerializer.SerializeToNode(value);
        var placeholders = Placeholders(node).ToList();
        if (placeholders.Count > 0)
        {
            var nonce = (await RequirePromptAsync()).Nonce;
            foreach (var placeholder in placeholders)
            {
                placeholder.ReplaceWith(nonce);
            }
        }

        return JsonSerializer.SerializeToElement(node);
    }

    private static IEnumerable<JsonNode> Placeholders(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Select(pair => pair.Value).SelectMany(Placeholders).ToList(),
        JsonArray array => array.SelectMany(Placeholders).ToList(),
        JsonValue leaf when leaf.TryGetValue(out string? text) && text == CurrentNonce => [leaf],
        _ => [],
    };
}
