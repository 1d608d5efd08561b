namespace TriageBot.Dialogs.QuestionBank;

/// <summary>The answers that mean the child may be in danger right now (the flow then leads with 999).</summary>
public sealed record ImmediateDangerRule(AnswerCondition When, string? Rationale = null);
