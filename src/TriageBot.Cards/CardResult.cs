using TriageBot.Cards.Model;

namespace TriageBot.Cards;

/// <summary>
/// A card and a plain-text version that says the same thing, for screen readers, notifications and clients
/// that cannot show cards. Send both: the text as the message text, the card as its attachment.
/// </summary>
public sealed record CardResult(AdaptiveCard Card, string Text)
{
    private ReadOnlyMemory<byte>? _utf8Json;

    /// <summary>
    /// The card as compact UTF-8 JSON, to send as the attachment as it is. The builders set it from the bytes they
    /// measured against the card budget, so a card is serialized once on its way out and never parsed.
    /// </summary>
    public ReadOnlyMemory<byte> Utf8Json
    {
        get => _utf8Json ??= CardJson.ToUtf8(Card);
        init => _utf8Json = value;
    }
}
