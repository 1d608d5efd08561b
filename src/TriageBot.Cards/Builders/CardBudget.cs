using System.Globalization;
using System.Text.Json;
using TriageBot.Cards.Model;

namespace TriageBot.Cards.Builders;

/// <summary>Measures a card against <see cref="CardProtocol.MaxCardBytes"/> with the JSON that will be sent.</summary>
internal static class CardBudget
{
    /// <summary>Serializes the card once; true if it is within the budget.</summary>
    public static bool Fits(AdaptiveCard card, out JsonElement json)
    {
        json = CardJson.ToElement(card);
        return CardJson.Utf8Size(json) <= CardProtocol.MaxCardBytes;
    }

    /// <summary>For cards with nothing sensible to trim: a clear error rather than a card a phone may not show.</summary>
    public static CardResult Ensure(AdaptiveCard card, string text, string what) =>
        Fits(card, out var json) ? new CardResult(card, text) { Json = json } : throw TooLarge(CardJson.Utf8Size(json), what);

    public static ArgumentException TooLarge(int bytes, string what) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"The {what} would be {bytes} bytes, over TriageBot's card budget of {CardProtocol.MaxCardBytes} bytes; shorten the texts it is given."));
}
