using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Tests.Harness;
using TriageBot.Dialogs.Triage;
using TriageBot.Thresholds.Engine;
using TriageBot.Thresholds.Packs;

namespace TriageBot.Dialogs.Tests.Triage;

/// <summary>The real triage dialogs over the real Plymouth pack and question bank, on a clock the test sets.</summary>
internal static class TriageHarness
{
    public static readonly TriageContent Content = TriageContent.Plymouth(new ThresholdEngine(PackReader.LoadEmbedded("plymouth")));

    /// <summary>Tuesday 24 November 2026, 11:00 in Plymouth: the front door is open.</summary>
    public static readonly DateTimeOffset TuesdayMorning = new(2026, 11, 24, 11, 0, 0, TimeSpan.Zero);

    /// <summary>Sunday 22 November 2026, 22:00 in Plymouth: out of hours.</summary>
    public static readonly DateTimeOffset SundayNight = new(2026, 11, 22, 22, 0, 0, TimeSpan.Zero);

    public static DialogRunner Runner(IStorage storage, TimeProvider clock) =>
        TriageBotDialogs.CreateRunner(Content, storage, clock, TimeSpan.FromDays(7));

    public static TestFlow Flow(DateTimeOffset? now = null, Func<IStorage>? storage = null)
    {
        var clock = new FakeTimeProvider(now ?? TuesdayMorning);
        return new TestFlow(s => Runner(s, clock), storage);
    }

    /// <summary>The card's JSON as text, for asserting what a person would see on it.</summary>
    public static string CardJson(BotMessage message) =>
        message.AdaptiveCardJson is { } card
            ? System.Text.Encoding.UTF8.GetString(card.Span)
            : throw new Xunit.Sdk.XunitException($"Expected a card but the reply was text only:\n{message.Text}");

    /// <summary>The "who to contact now" part of an answer's text, without the services and contacts listed below it.</summary>
    public static string ContactNow(string answer) =>
        answer[answer.IndexOf("Who to contact now", StringComparison.Ordinal)..answer.IndexOf("Consent:", StringComparison.Ordinal)];

    /// <summary>
    /// Plays a whole conversation by answering each question the way <paramref name="answer"/> says (by card
    /// value or typed text), until no question is waiting. Returns every reply in order.
    /// </summary>
    public static async Task<List<BotMessage>> PlayAsync(DialogRunner runner, string conversationId, Func<PromptSpec, (string? Text, object? Card)> answer, int maxTurns = 200)
    {
        var replies = new List<BotMessage>();
        replies.AddRange(await runner.RunTurnAsync(new TurnInput(conversationId, "user", "a0", "hi", null)));
        for (var turn = 1; turn <= maxTurns; turn++)
        {
            var prompt = await runner.GetActivePromptAsync(conversationId);
            if (prompt is null)
            {
                return replies;
            }

            var (text, card) = answer(prompt);
            var value = card is null ? (JsonElement?)null : JsonSerializer.SerializeToElement(card);
            replies.AddRange(await runner.RunTurnAsync(new TurnInput(conversationId, "user", $"a{turn}", text, value)));
        }

        throw new Xunit.Sdk.XunitException($"The conversation did not finish within {maxTurns} turns.");
    }
}
