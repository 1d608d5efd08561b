namespace TriageBot.Dialogs.Engine;

/// <summary>
/// One outgoing message. <paramref name="Text"/> is always the complete plain-text version, for screen readers,
/// notifications and clients without cards; the card, when present, says the same thing richer. The card is its
/// compact UTF-8 JSON, as its builder measured it against the card budget, so it goes out without being parsed.
/// </summary>
public sealed record BotMessage(string Text, ReadOnlyMemory<byte>? AdaptiveCardJson = null, IReadOnlyList<string>? SuggestedReplies = null);
