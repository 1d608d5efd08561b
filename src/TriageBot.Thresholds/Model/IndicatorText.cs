namespace TriageBot.Thresholds.Model;

/// <summary>
/// Compares indicator texts ignoring case, punctuation and spacing: only letters and digits count,
/// so "Poor home conditions e.g. no bedding" matches "poor home conditions eg no bedding".
/// </summary>
public static class IndicatorText
{
    /// <summary>Writes the comparison key of <paramref name="text"/> into <paramref name="destination"/>; returns its length.</summary>
    public static int Key(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                destination[length++] = char.ToLowerInvariant(c);
            }
        }

        return length;
    }

    /// <summary>The comparison key of <paramref name="text"/> as a string.</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..Key(text, buffer)]);
    }
}
