using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// One outgoing message. <paramref name="Text"/> is always the complete plain-text version, for screen readers,
/// notifications and clients without cards; the card, when present, says the same thing richer.
/// </summary>
public sealed record BotMessage(string Text, JsonElement? AdaptiveCard = null, IReadOnlyList<string>? SuggestedReplies = null);
