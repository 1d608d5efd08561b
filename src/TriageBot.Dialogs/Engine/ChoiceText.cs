namespace TriageBot.Dialogs.Engine;

internal static class ChoiceText
{
    /// <summary>"1. Yes, 2. No, 3. Not known" — the options as the user can type them.</summary>
    public static string Numbered(IReadOnlyList<PromptChoice> choices) =>
        string.Join(", ", choices.Select((c, i) => $"{i + 1}. {c.Label}"));

    public static void RequireChoices(PromptSpec spec, string promptId)
    {
        if (spec.Choices.Count == 0)
        {
            throw new ArgumentException($"Prompt '{promptId}' needs at least one choice for \"{spec.Text}\".", nameof(spec));
        }

        var duplicate = spec.Choices.GroupBy(c => c.Value, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Prompt '{promptId}' has the choice value '{duplicate.Key}' twice.", nameof(spec));
        }
    }
}
