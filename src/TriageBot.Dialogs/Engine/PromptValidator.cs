using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>An extra rule on a recognised answer: returns the problem to tell the user, or null when it is fine.</summary>
public delegate string? PromptValidator(JsonElement answer, TurnContext context);
