using System.Text.Json;
using TriageBot.Cards.Model;

namespace TriageBot.Cards;

/// <summary>
/// A card and a plain-text version that says the same thing, for screen readers, notifications and clients
/// that cannot show cards. Send both: the text as the message text, the card as its attachment.
/// </summary>
public sealed record CardResult(AdaptiveCard Card, string Text)
{
    private JsonElement? _json;

    /// <summary>
    /// The card as JSON, to send as the attachment. The builders set it from the bytes they measured against the
    /// card budget, so a card is serialized once on its way out.
    /// </summary>
    public JsonElement Json
    {
        get => _json ??= CardJson.ToElement(Card);
        init => _json = value;
    }
}
