namespace TriageBot.Cards.Views;

/// <summary>Checks a view before a card is built, so bad input gets an error naming the field, not a broken card.</summary>
internal static class ViewChecks
{
    public static void Text(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{what} is missing or empty.");
        }
    }

    public static void Texts(IReadOnlyList<string>? values, string what)
    {
        if (values is null)
        {
            throw new ArgumentException($"{what} is missing.");
        }

        for (var i = 0; i < values.Count; i++)
        {
            Text(values[i], $"{what} (item {i + 1})");
        }
    }
}
