using System.Globalization;
using TriageBot.Cards.Model;

namespace TriageBot.Cards.Builders;

/// <summary>Measures a card against <see cref="CardProtocol.MaxCardBytes"/> with the JSON that will be sent.</summary>
internal static class CardBudget
{
    /// <summary>Serializes the card once: the result with that JSON if it is within the budget, else null and its size.</summary>
    public static CardResult? Fit(AdaptiveCard card, string text, out int bytes) =>
        CardJson.Utf8Within(card, CardProtocol.MaxCardBytes, out bytes) is { } json
            ? new CardResult(card, text) { Utf8Json = json }
            : null;

    /// <summary>For cards with nothing sensible to trim: a clear error rather than a card a phone may not show.</summary>
    public static CardResult Ensure(AdaptiveCard card, string text, string what) =>
        Fit(card, text, out var bytes) ?? throw TooLarge(bytes, what);

    public static ArgumentException TooLarge(int bytes, string what) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"The {what} would be {bytes} bytes, over TriageBot's card budget of {CardProtocol.MaxCardBytes} bytes; shorten the texts it is given."));
}
