using System.Globalization;
using TriageBot.Cards.Model;

namespace TriageBot.Cards.Builders;

internal static class CardBudget
{
    public static bool Fits(AdaptiveCard card) => card.Utf8Size() <= CardProtocol.MaxCardBytes;

    /// <summary>For cards with nothing sensible to trim: a clear error rather than a card a phone may not show.</summary>
    public static void Ensure(AdaptiveCard card, string what)
    {
        if (!Fits(card))
        {
            throw TooLarge(card, what);
        }
    }

    public static ArgumentException TooLarge(AdaptiveCard card, string what) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"The {what} would be {card.Utf8Size()} bytes, over TriageBot's card budget of {CardProtocol.MaxCardBytes} bytes; shorten the texts it is given."));
}
