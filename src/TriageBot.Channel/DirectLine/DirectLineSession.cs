using System.Text.Json.Serialization;

namespace TriageBot.Channel.DirectLine;

/// <summary>
/// The Direct Line 3.0 Conversation object (Direct Line API 3.0 reference, "Conversation"): returned by start
/// conversation (201) and token refresh (200). <c>streamUrl</c> is always null: Web Chat polls (webSocket: false).
/// </summary>
public sealed record DirectLineSession(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? StreamUrl = null);
