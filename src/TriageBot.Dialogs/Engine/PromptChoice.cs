namespace TriageBot.Dialogs.Engine;

/// <summary>
/// One option: <paramref name="Value"/> is what the dialog receives and what a card submits,
/// <paramref name="Label"/> what the user sees; <paramref name="Synonyms"/> are other typed words for it.
/// </summary>
public sealed record PromptChoice(string Value, string Label, IReadOnlyList<string>? Synonyms = null);
