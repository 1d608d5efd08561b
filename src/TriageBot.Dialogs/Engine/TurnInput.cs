using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// One user turn as the host hands it over: <paramref name="Text"/> is a typed message (mentions already
/// stripped), <paramref name="Value"/> an Adaptive Card Action.Submit payload when a card button was pressed.
/// </summary>
public sealed record TurnInput(
    string ConversationId,
    string UserId,
    string? ActivityId,
    string? Text,
    JsonElement? Value,
    string? Locale = null);
