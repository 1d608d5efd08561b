namespace TriageBot.Dialogs.QuestionBank;

/// <summary>
/// "These answers evidence this indicator." <see cref="Rationale"/> is optional in the JSON only so that the
/// validator can report its absence with the file and question id; a valid bank always has one.
/// </summary>
public sealed record EvidenceRule(AnswerCondition When, string Indicator, string? Rationale = null);
