using System.Globalization;
using TriageBot.Cards.Model;

namespace TriageBot.Cards.Builders;

internal static class CardBudget
{
    public static bool Fits(AdaptiveCard card) => card.Utf8Size() <= CardProtocol.MaxCardBytes;

    /// <summary>For cards with nothing sensible to trim: a clear error rather than a card a phone may not show.</summary>
    public static void Ensure(AdaptiveCard card, string what)
    {
        var size = card.Utf8Size();
        if (size > CardProtocol.MaxCardBytes)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The {what} would be {size} bytes, over TriageBot's card budget of {CardProtocol.MaxCardBytes} bytes; shorten the texts it is given."));
        }
    }
}
