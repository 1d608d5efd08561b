using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TriageBot.Dialogs.Engine;

/// <summary>Matches typed or submitted answers to options by number, value, label or synonym, ignoring case and punctuation.</summary>
internal static partial class ChoiceMatcher
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '/' or '_')
            {
                pendingSpace = true;
            }

            // Other punctuation (apostrophes, full stops, brackets) is dropped: "don't" reads as "dont".
        }

        return builder.ToString();
    }

    public static PromptChoice? MatchOne(IReadOnlyList<PromptChoice> choices, string answer)
    {
        if (choices.FirstOrDefault(c => string.Equals(c.Value, answer, StringComparison.Ordinal)) is { } exact)
        {
            return exact;
        }

        var normalized = Normalize(answer);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= choices.Count ? choices[number - 1] : null;
        }

        return choices.FirstOrDefault(c =>
            Normalize(c.Label) == normalized
            || Normalize(c.Value) == normalized
            || (c.Synonyms ?? []).Any(s => Normalize(s) == normalized));
    }

    /// <summary>
    /// Reads several options from "1, 3", "1 3", "neglect; injuries" or a card's comma-joined values.
    /// Returns the matched options in offered order, and the parts that matched nothing.
    /// </summary>
    public static (IReadOnlyList<PromptChoice> Matched, IReadOnlyList<string> Unknown) MatchMany(
        IReadOnlyList<PromptChoice> choices, IEnumerable<string> answers)
    {
        var matched = new HashSet<PromptChoice>();
        var unknown = new List<string>();
        foreach (var answer in answers)
        {
            if (MatchOne(choices, answer) is { } whole)
            {
                matched.Add(whole);
                continue;
            }

            foreach (var part in Split(answer))
            {
                if (MatchOne(choices, part) is { } choice)
                {
                    matched.Add(choice);
                }
                else
                {
                    unknown.Add(part);
                }
            }
        }

        return (choices.Where(matched.Contains).ToList(), unknown);
    }

    private static IEnumerable<string> Split(string answer)
    {
        foreach (var part in Separators().Split(answer))
        {
            var trimmed = part.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            // "1 3" is two numbers; "domestic abuse" stays one option.
            if (NumbersOnly().IsMatch(trimmed))
            {
                foreach (var number in trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return number;
                }
            }
            else
            {
                yield return trimmed;
            }
        }
    }

    [GeneratedRegex(@"[,;\n]|\band\b|&", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\d+(\s+\d+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumbersOnly();
}
