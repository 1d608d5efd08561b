using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Tests.Triage;

namespace TriageBot.Dialogs.Tests.Engine;

/// <summary>
/// A turn hands the state it saved to the next turn in the same process, which then need not parse it. What the user
/// sees and what is saved must not depend on whether the state was handed over or read from its text.
/// </summary>
public sealed partial class StateHandOverTests
{
    [Fact]
    public async Task A_whole_assessment_with_back_and_an_invalid_answer_goes_the_same_whether_state_is_handed_over_or_parsed()
    {
        var handedOver = await PlayAsync(new MemoryStorage(TimeProvider.System));
        var parsed = await PlayAsync(new TextOnly(new MemoryStorage(TimeProvider.System)));

        Assert.Contains(handedOver.Replies, r => r.Contains("Level ", StringComparison.Ordinal));
        Assert.Equal(parsed.Replies, handedOver.Replies);
        Assert.Equal(parsed.Saved, handedOver.Saved);
    }

    [Fact]
    public async Task A_turn_saves_its_state_with_the_object_so_the_comparison_above_compares_two_paths()
    {
        var storage = new MemoryStorage(TimeProvider.System);
        var runner = TriageHarness.Runner(storage, new FakeTimeProvider(TriageHarness.TuesdayMorning));

        await runner.RunTurnAsync(new TurnInput("hand-over", "user", "a1", "hello", null));

        var item = (await storage.ReadAsync([StateKeys.ForConversation("hand-over")])).Single().Value;
        Assert.True(item.TryTakeDecoded<ConversationState>(out var state));
        Assert.NotEmpty(state.DialogStack);
    }

    private static async Task<(List<string> Replies, List<string> Saved)> PlayAsync(IStorage storage)
    {
        const string conversation = "hand-over";
        var runner = TriageHarness.Runner(storage, new FakeTimeProvider(TriageHarness.TuesdayMorning));
        var visits = new Dictionary<string, int>(StringComparer.Ordinal);
        var saved = new List<string>();
        var replies = await TriageHarness.PlayAsync(runner, conversation, p =>
        {
            var id = p.QuestionId ?? "";
            var visit = visits[id] = visits.GetValueOrDefault(id) + 1;
            saved.Add(Normalized(Encoding.UTF8.GetString(
                storage.ReadAsync([StateKeys.ForConversation(conversation)]).GetAwaiter().GetResult().Single().Value.Utf8Json.Span)));
            return (id, visit) switch
            {
                ("triage.immediate-danger", _) => ("no", null),
                ("triage.age", 1) => ("twelve hundred", null),
                ("triage.age", _) => ("5", null),
                ("triage.worries", _) => (null, new { answer = new[] { "neglect", "domestic-abuse" }, nonce = p.Nonce }),
                ("neglect.worry", _) => (null, new { answer = "home", nonce = p.Nonce }),
                ("neglect.home.bedding", 1) => ("back", null),
                ("neglect.home.bedding", _) => (null, new { answer = p.Choices.First(c => c.Value is not "ok" and not "not-known").Value, nonce = p.Nonce }),
                ("triage.consent", _) => ("Not asked yet", null),
                ("triage.consent-risk", _) => ("no", null),
                _ => ("skip", null),
            };
        });

        return (replies.Select(r => Normalized(r.Text + "\n" + (r.AdaptiveCardJson is { } card ? Encoding.UTF8.GetString(card.Span) : ""))).ToList(), saved);
    }

    // Each question is asked with a fresh random nonce; everything else must match exactly.
    private static string Normalized(string text) => Nonce().Replace(text, "<nonce>");

    [GeneratedRegex("[0-9a-f]{16}")]
    private static partial Regex Nonce();

    /// <summary>A store whose reads give the saved text only, as a store in another process would.</summary>
    private sealed class TextOnly(IStorage inner) : IStorage
    {
        public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            (await inner.ReadAsync(keys, cancellationToken)).ToDictionary(e => e.Key, e => new StoreItem(e.Value.Utf8Json.ToArray(), e.Value.ETag));

        public Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(changes, cancellationToken);

        public string NewSnapshotKey() => inner.NewSnapshotKey();

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);

        public Task<int> PurgeOlderThanAsync(TimeSpan retention, TimeProvider time, CancellationToken cancellationToken = default) =>
            inner.PurgeOlderThanAsync(retention, time, cancellationToken);
    }
}
