namespace TriageBot.Dialogs.QuestionBank;

/// <summary>A button of a choice question: a stable value for the data and a plain label for the user.</summary>
public sealed record AnswerOption(string Value, string Label);
