namespace TriageBot.Cards.Views;

/// <summary>An option of a choice question: the value submitted and the words shown.</summary>
public sealed record AnswerOption(string Value, string Title);
