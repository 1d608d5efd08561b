using System.Text.Json;
using NodaTime;
using TriageBot.Cards;
using TriageBot.Dialogs.Engine;

namespace TriageBot.Dialogs.Triage;

/// <summary>"Who do I call now?", "out of hours", "EDT": answered at any point, then the waiting question is shown again.</summary>
public sealed class WhoToCallCommand(TriageContent content) : IGlobalCommand
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "who do i call", "who do i call now", "who to call", "who should i call", "who should i call now",
        "out of hours", "ooh", "edt", "emergency duty team", "is the front door open", "is the gateway open",
        "who to call now", "what number", "which number",
    };

    public Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!Matches(dc.Context.Input, CardProtocol.CommandWhoToCall, Phrases))
        {
            return Task.FromResult(false);
        }

        dc.Context.Send(TriageMessages.WhoToCall(content, Instant.FromDateTimeOffset(dc.Context.Clock.GetUtcNow())));
        return Task.FromResult(true);
    }

    /// <summary>True when a card sent this command, or the typed words are one of the phrases (ignoring case and punctuation).</summary>
    internal static bool Matches(TurnInput input, string command, IReadOnlySet<string> phrases)
    {
        if (input.Value is { ValueKind: JsonValueKind.Object } value)
        {
            return value.TryGetProperty(CardProtocol.CommandKey, out var c) && c.ValueKind == JsonValueKind.String && c.GetString() == command;
        }

        return input.Text is { } text && phrases.Contains(ChoiceMatcher.Normalize(text.Replace("?", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal)));
    }
}
