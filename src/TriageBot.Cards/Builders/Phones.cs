using System.Text;
using TriageBot.Cards.Model;

namespace TriageBot.Cards.Builders;

/// <summary>Phone numbers as tap-to-call buttons: the title shows the number as published, the URL carries digits only.</summary>
internal static class Phones
{
    private static readonly PackMemo<string, Uri> s_telUris = new(StringComparer.Ordinal);

    public static OpenUrlAction Call(string phone, string? who = null) => new()
    {
        Title = who is null ? $"Call {phone.Trim()}" : $"Call {who}: {phone.Trim()}",
        Url = TelUri(phone),
    };

    /// <summary>"tel:01752668000" from "01752 668000"; a leading + is kept for international numbers.</summary>
    public static Uri TelUri(string phone) =>
        string.IsNullOrWhiteSpace(phone)
            ? throw new ArgumentException("A phone number is missing or empty.", nameof(phone))
            : s_telUris.Get(phone, ParseTelUri);

    private static Uri ParseTelUri(string phone)
    {
        var digits = new StringBuilder("tel:");
        var trimmed = phone.Trim();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && i == 0)
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '(' or ')'))
            {
                throw new ArgumentException($"\"{phone}\" is not a phone number: only digits, spaces, brackets, hyphens and a leading + are allowed.", nameof(phone));
            }
        }

        if (digits.Length - 4 < 3)
        {
            throw new ArgumentException($"\"{phone}\" is not a phone number: it has fewer than three digits.", nameof(phone));
        }

        return new Uri(digits.ToString(), UriKind.Absolute);
    }
}
