using System.Collections.Concurrent;
using System.Text;
using TriageBot.Cards.Model;

namespace TriageBot.Cards.Builders;

/// <summary>Phone numbers as tap-to-call buttons: the title shows the number as published, the URL carries digits only.</summary>
internal static class Phones
{
    public static OpenUrlAction Call(string phone, string? who = null) => new()
    {
        Title = who is null ? $"Call {phone.Trim()}" : $"Call {who}: {phone.Trim()}",
        Url = TelUri(phone),
    };

    // The numbers are the packs' (a few hundred), and the answer card checks and builds each of them several
    // times while it fits itself to the budget; a URI costs a parse.
    private static readonly ConcurrentDictionary<string, Uri> s_telUris = new(StringComparer.Ordinal);

    /// <summary>"tel:01752668000" from "01752 668000"; a leading + is kept for international numbers.</summary>
    public static Uri TelUri(string phone)
    {
        if (phone is not null && s_telUris.TryGetValue(phone, out var known))
        {
            return known;
        }

        var uri = ParseTelUri(phone);
        if (s_telUris.Count > 4096)
        {
            s_telUris.Clear();
        }

        s_telUris[phone!] = uri;
        return uri;
    }

    private static Uri ParseTelUri(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            throw new ArgumentException("A phone number is missing or empty.", nameof(phone));
        }

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
