using TriageBot.Cards.Model;

namespace TriageBot.Cards;

/// <summary>
/// A card and a plain-text version that says the same thing, for screen readers, notifications and clients
/// that cannot show cards. Send both: the text as the message text, the card as its attachment.
/// </summary>
public sealed record CardResult(AdaptiveCard Card, string Text);
