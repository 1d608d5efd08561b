namespace TriageBot.Dialogs.QuestionBank;

/// <summary>An indicator evidenced by an answer, with the question that gave it and the reason a reviewer can check.</summary>
public sealed record EvidenceHit(string QuestionId, string IndicatorId, string Rationale);
