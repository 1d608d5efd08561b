namespace TriageBot.Dialogs.Triage;

/// <summary>How the conversation begins: a new assessment (no hand-off), or the contact for a finished one.</summary>
public sealed record TriageStart(FinishedAssessment? Handoff = null);
