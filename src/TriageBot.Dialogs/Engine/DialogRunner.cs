using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// Runs one turn of a conversation (like the SDK's DialogManager): loads state, handles the interruptions
/// (help, cancel, back, start again, skip) once for every dialog, continues the active dialog or begins the
/// root, and saves with optimistic concurrency. Thread-safe; one instance serves every conversation.
/// </summary>
public sealed class DialogRunner
{
    private readonly DialogSet _rootSet = new();
    private readonly Dialog _root;
    private readonly IStorage _storage;
    private readonly IPromptRenderer _renderer;
    private readonly TimeProvider _clock;
    private readonly DialogRunnerOptions _options;
    private readonly DateTimeZone _timeZone;
    private readonly ILogger _logger;
    private readonly IReadOnlyList<IGlobalCommand> _globalCommands;

    public DialogRunner(
        Dialog rootDialog,
        IStorage storage,
        IPromptRenderer renderer,
        TimeProvider clock,
        DialogRunnerOptions? options = null,
        ILogger<DialogRunner>? logger = null,
        IEnumerable<IGlobalCommand>? globalCommands = null)
    {
        ArgumentNullException.ThrowIfNull(rootDialog);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(clock);
        _root = rootDialog;
        _rootSet.Add(rootDialog);
        _storage = storage;
        _renderer = renderer;
        _clock = clock;
        _options = options ?? new DialogRunnerOptions();
        _timeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(_options.TimeZoneId)
            ?? throw new ArgumentException($"'{_options.TimeZoneId}' is not an IANA time zone id.", nameof(options));
        _logger = logger ?? NullLogger<DialogRunner>.Instance;
        _globalCommands = globalCommands?.ToList() ?? [];
    }

    /// <summary>
    /// A runner over a fresh <see cref="MemoryStorage"/> with the plain-text renderer: the entry point for
    /// benchmarks and quick experiments (no host, no files).
    /// </summary>
    public static DialogRunner CreateInMemory(Dialog rootDialog, TimeProvider? clock = null, DialogRunnerOptions? options = null) =>
        new(rootDialog, new MemoryStorage(clock ?? TimeProvider.System), new TextPromptRenderer(), clock ?? TimeProvider.System, options);

    public async Task<IReadOnlyList<BotMessage>> RunTurnAsync(TurnInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.ConversationId, nameof(input));
        ArgumentException.ThrowIfNullOrWhiteSpace(input.UserId, nameof(input));
        var conversationId = input.ConversationId;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(input, cancellationToken);
            }
            catch (StorageConcurrencyException) when (attempt == 1)
            {
                // Another turn of this conversation saved first: run this one again on top of its result.
                if (_logger.IsEnabled(LogLevel.Information))
                {
                    _logger.LogInformation("Turn of conversation {ConversationId} raced another turn; running it again.", conversationId);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // Any failure must leave the user with an answer and the state at its last good save.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                // Type and conversation only: exception messages can carry the user's words.
                if (_logger.IsEnabled(LogLevel.Error))
                {
                    _logger.LogError(
                        "Turn of conversation {ConversationId} failed with {ExceptionType} in {Method}; state left at the last save.",
                        conversationId,
                        ex.GetType().FullName,
                        ex.TargetSite is { } site ? $"{site.DeclaringType?.Name}.{site.Name}" : "unknown");
                }

                return [new BotMessage(_options.Texts.Apology)];
            }
        }
    }

    /// <summary>The question a conversation is waiting on, or null; for hosts and test harnesses.</summary>
    public async Task<PromptSpec?> GetActivePromptAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var key = StateKeys.ForConversation(conversationId);
        var items = await _storage.ReadAsync([key], cancellationToken);
        var state = items.TryGetValue(key, out var item) ? Deserialize<ConversationState>(item, key) : null;
        if (state is null)
        {
            return null;
        }

        var turn = NewTurn(new TurnInput(conversationId, "-", null, null, null), new StepValues(new Dictionary<string, JsonElement>(StringComparer.Ordinal)), state);
        return new DialogContext(_rootSet, turn, state.DialogStack, null).FindActivePrompt()?.Spec;
    }

    private static T? Deserialize<T>(StoreItem item, string key)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(item.Utf8Json.Span, DialogJson.Options);
        }
        catch (JsonException ex)
        {
            throw new StorageException($"Stored state '{key}' does not have the expected shape: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Records the question now waiting, if it is new, and returns the key to save its snapshot under and its nonce. At
    /// most <paramref name="limit"/> questions are remembered; the oldest are forgotten first.
    /// </summary>
    private (string Key, string Nonce)? UpdateBackHistory(DialogContext dc, ConversationState state, int limit)
    {
        if (dc.Stack.Count == 0 || limit <= 0)
        {
            ClearBackHistory(state);
            return null;
        }

        if (dc.FindActivePrompt() is not { } active
            || (state.BackHistory.Count > 0 && state.BackHistory[^1].Nonce == active.Spec.Nonce))
        {
            return null;
        }

        if (state.BackHistory.Count >= limit)
        {
            state.BackHistory.RemoveRange(0, state.BackHistory.Count - limit + 1);
        }

        var key = _storage.NewSnapshotKey();
        state.BackHistory.Add(new BackStep { Nonce = active.Spec.Nonce, Snapshot = key });
        return (key, active.Spec.Nonce);
    }

    /// <summary>
    /// A <see cref="BackSnapshot"/> whose stack is the one in <paramref name="savedState"/>, the conversation's state as
    /// this turn saves it: the stack is serialized once a turn, not again for its snapshot.
    /// </summary>
    private static byte[] SnapshotOf(ReadOnlySpan<byte> savedState, string nonce, string conversationId)
    {
        var stack = DialogStackJson(savedState);
        var buffer = new ArrayBufferWriter<byte>(stack.Length + nonce.Length + conversationId.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("nonce"u8, nonce);
            writer.WriteString("conversation"u8, conversationId);
            writer.WritePropertyName("stack"u8);
            writer.WriteRawValue(stack, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The text of the "dialogStack" property of a serialized <see cref="ConversationState"/>.</summary>
    private static ReadOnlySpan<byte> DialogStackJson(ReadOnlySpan<byte> savedState)
    {
        var reader = new Utf8JsonReader(savedState);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStack = reader.ValueTextEquals("dialogStack"u8);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (isStack)
            {
                return savedState[start..(int)reader.BytesConsumed];
            }
        }

        throw new InvalidOperationException("The serialized conversation state has no dialog stack.");
    }

    /// <summary>
    /// The snapshots to delete with this turn's save: those of the questions it forgot (gone back past, or beyond
    /// the limit, or the whole history), and, once the history is forgotten, the old builds' unused slots.
    /// </summary>
    private static List<string> ForgottenSnapshots(string conversationId, ConversationState state, HashSet<string> keptBefore)
    {
        keptBefore.ExceptWith(SnapshotKeys(conversationId, state));
        var forgotten = keptBefore.ToList();
        if (state.BackHistoryDiscarded && state.BackSlotsUsed > 0)
        {
            for (var slot = 0; slot < state.BackSlotsUsed; slot++)
            {
                if (!state.BackHistory.Exists(step => step.Slot == slot))
                {
                    forgotten.Add(StateKeys.ForBackStep(conversationId, slot));
                }
            }

            state.BackSlotsUsed = state.BackHistory.Select(step => step.Slot + 1 ?? 0).DefaultIfEmpty(0).Max();
        }

        return forgotten;
    }

    private static IEnumerable<string> SnapshotKeys(string conversationId, ConversationState state) =>
        state.BackHistory.Select(step => step.SnapshotKey(conversationId)).OfType<string>();

    private static void ClearBackHistory(ConversationState state)
    {
        if (state.BackHistory.Count > 0)
        {
            state.BackHistory.Clear();
            state.BackHistoryDiscarded = true;
        }
    }

    private async Task<IReadOnlyList<BotMessage>> RunOnceAsync(TurnInput input, CancellationToken cancellationToken)
    {
        var conversationKey = StateKeys.ForConversation(input.ConversationId);
        var userKey = StateKeys.ForUser(input.UserId);
        var items = await _storage.ReadAsync([conversationKey, userKey], cancellationToken);

        var conversationETag = items.TryGetValue(conversationKey, out var conversationItem) ? conversationItem.ETag : StoreItem.NewItemETag;
        var userETag = items.TryGetValue(userKey, out var userItem) ? userItem.ETag : StoreItem.NewItemETag;
        // Unreadable state would fail every turn and trap the user; start afresh instead, and say so.
        var stateLost = false;
        var state = conversationItem?.TryTakeDecoded<ConversationState>(out var saved) == true
            ? saved.Resumed()
            : ReadOrReset<ConversationState>(conversationItem, conversationKey, ref stateLost);
        var user = ReadOrReset<UserState>(userItem, userKey, ref stateLost);
        var userBefore = DialogJson.ToUtf8(user);

        if (input.ActivityId is { } activityId)
        {
            if (state.RecentActivityIds.Contains(activityId))
            {
                return [];
            }

            state.RecentActivityIds.Add(activityId);
            if (state.RecentActivityIds.Count > _options.RecentActivityIds)
            {
                state.RecentActivityIds.RemoveRange(0, state.RecentActivityIds.Count - _options.RecentActivityIds);
            }
        }

        var turn = NewTurn(input, new StepValues(user.Values), state);
        if (stateLost)
        {
            turn.SendText(_options.Texts.StateUnreadable);
        }

        var keptBefore = SnapshotKeys(input.ConversationId, state).ToHashSet(StringComparer.Ordinal);
        var dc = new DialogContext(_rootSet, turn, state.DialogStack, null);
        await DispatchAsync(dc, state, cancellationToken);
        var snapshot = UpdateBackHistory(dc, state, _options.MaxBackSteps);

        // Earlier answers kept for "back" that can no longer be gone back to (after cancel, start again, the end of the
        // dialogs, going back past them) go with the same save rather than at the retention purge.
        var forgotten = ForgottenSnapshots(input.ConversationId, state, keptBefore);

        var savedState = DialogJson.ToUtf8(state);
        var changes = new Dictionary<string, StoreItem>(StringComparer.Ordinal)
        {
            // With the state itself, which this turn no longer changes: the next turn may take it rather than parse it.
            [conversationKey] = new(savedState, conversationETag, state),
        };
        foreach (var key in forgotten)
        {
            changes[key] = StoreItem.Deletion;
        }

        var userAfter = DialogJson.ToUtf8(user);
        if (!userAfter.AsSpan().SequenceEqual(userBefore))
        {
            changes[userKey] = new StoreItem(userAfter, userETag);
        }

        // Written in the same batch as the conversation, so it is saved only if the conversation's ETag still matches;
        // create-only, so a key another process took meanwhile is refused and the turn runs again with a new one.
        if (snapshot is { } taken)
        {
            changes[taken.Key] = new StoreItem(SnapshotOf(savedState, taken.Nonce, input.ConversationId), StoreItem.NewItemETag);
        }

        await _storage.WriteAsync(changes, cancellationToken);
        return turn.Replies;
    }

    private T ReadOrReset<T>(StoreItem? item, string key, ref bool reset)
        where T : class, new()
    {
        try
        {
            return (item is null ? null : Deserialize<T>(item, key)) ?? new T();
        }
        catch (StorageException)
        {
            _logger.LogWarning("Unreadable {StateKind} state was replaced with a fresh one.", typeof(T).Name);
            reset = true;
            return new T();
        }
    }

    private TurnContext NewTurn(TurnInput input, StepValues userValues, ConversationState state) =>
        new(input, _renderer, _clock, _timeZone, _options, userValues, new StepValues(state.Values),
            nonce => state.BackHistory.Any(step => step.Nonce != nonce));

    private async Task DispatchAsync(DialogContext dc, ConversationState state, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var texts = _options.Texts;
        var active = dc.FindActivePrompt();

        // A card carries the nonce of the question it showed; any other question's card is stale.
        if (turn.Input.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("nonce", out var nonce)
            && (active is null || nonce.ValueKind != JsonValueKind.String || nonce.GetString() != active.Spec.Nonce))
        {
            turn.SendText(texts.AlreadyAnswered);
            await RepromptOrBeginAsync(dc, cancellationToken);
            return;
        }

        // The application's own commands ("who do I call now?") work at any point; the question waiting is
        // shown again afterwards unless the command began something else.
        foreach (var command in _globalCommands)
        {
            var before = dc.ActiveDialog;
            if (await command.TryHandleAsync(dc, cancellationToken))
            {
                if (dc.ActiveDialog is not null && ReferenceEquals(before, dc.ActiveDialog))
                {
                    await dc.RepromptDialogAsync(cancellationToken);
                }

                return;
            }
        }

        turn.Command = TurnCommands.Parse(turn.Input);
        switch (turn.Command)
        {
            case TurnCommand.Help:
                turn.SendText(HelpText(dc, active));
                await RepromptOrBeginAsync(dc, cancellationToken);
                return;
            case TurnCommand.Cancel:
                await dc.CancelAllDialogsAsync(cancellationToken);
                ClearBackHistory(state);
                turn.SendText(texts.Cancelled);
                return;
            case TurnCommand.Restart:
                await dc.CancelAllDialogsAsync(cancellationToken);
                ClearBackHistory(state);
                turn.SendText(texts.StartingAgain);
                await dc.BeginDialogAsync(_root.Id, null, cancellationToken);
                return;
            case TurnCommand.Back:
                await GoBackAsync(dc, state, active, cancellationToken);
                return;
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await dc.BeginDialogAsync(_root.Id, null, cancellationToken);
        }
    }

    private async Task GoBackAsync(DialogContext dc, ConversationState state, ActivePrompt? active, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        if (active is { Spec.AllowBack: false })
        {
            turn.SendText(_options.Texts.BackNotAllowed);
            await RepromptOrBeginAsync(dc, cancellationToken);
            return;
        }

        var previous = state.BackHistory.FindLastIndex(step => step.Nonce != active?.Spec.Nonce);
        if (previous < 0)
        {
            turn.SendText(_options.Texts.NothingToGoBackTo);
            await RepromptOrBeginAsync(dc, cancellationToken);
            return;
        }

        // Restore the whole stack as it was when that question was asked: later answers, in this dialog or a
        // child, are discarded with it. The question gets a new nonce, so cards shown for it before are stale.
        var step = state.BackHistory[previous];
        if (await ReadSnapshotAsync(turn.Input.ConversationId, step, cancellationToken) is not { } restored)
        {
            ClearBackHistory(state);
            turn.SendText(_options.Texts.BackUnavailable);
            await RepromptOrBeginAsync(dc, cancellationToken);
            return;
        }

        state.BackHistory.RemoveRange(previous, state.BackHistory.Count - previous);
        dc.Stack.Clear();
        dc.Stack.AddRange(restored);
        turn.RenewNonce = true;
        await dc.RepromptDialogAsync(cancellationToken);
        turn.RenewNonce = false;
    }

    /// <summary>
    /// The stack saved for <paramref name="step"/>, or null if it is missing, unreadable, or was taken for another
    /// question or another conversation (a snapshot's key does not name its conversation, so the snapshot does).
    /// </summary>
    private async Task<List<DialogInstance>?> ReadSnapshotAsync(string conversationId, BackStep step, CancellationToken cancellationToken)
    {
        if (step.SnapshotKey(conversationId) is not { } key)
        {
            return null;
        }

        var items = await _storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item))
        {
            return null;
        }

        try
        {
            var snapshot = JsonSerializer.Deserialize<BackSnapshot>(item.Utf8Json.Span, DialogJson.Options);
            var sameConversation = step.Snapshot is null || snapshot?.Conversation == conversationId;
            return snapshot?.Nonce == step.Nonce && sameConversation ? snapshot.Stack : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task RepromptOrBeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is null)
        {
            await dc.BeginDialogAsync(_root.Id, null, cancellationToken);
        }
        else
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }

    private string HelpText(DialogContext dc, ActivePrompt? active)
    {
        var dialogHelp = active?.Spec.Help
            ?? dc.ActiveChain().Select(link => link.Dialog.HelpText).LastOrDefault(help => help is not null)
            ?? _options.Texts.DefaultHelp;
        return dialogHelp + "\n\n" + _options.Texts.CommandsHelp;
    }
}
