namespace TriageBot.Dialogs.Engine;

/// <summary>The prompt waiting for an answer, and the question it asked.</summary>
internal sealed record ActivePrompt(Prompt Prompt, PromptSpec Spec);
