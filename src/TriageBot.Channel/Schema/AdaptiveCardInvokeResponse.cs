using System.Text.Json;

namespace TriageBot.Channel.Schema;

/// <summary>
/// Body of the answer to an <c>adaptiveCard/action</c> invoke (Universal Actions): <c>statusCode</c>, <c>type</c>
/// (a card to replace the old one, or a message) and <c>value</c> (the card JSON or the message text).
/// </summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonElement? Value)
{
    public const string CardType = Attachment.AdaptiveCardContentType;
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static AdaptiveCardInvokeResponse Card(JsonElement card) => new(200, CardType, card);

    public static AdaptiveCardInvokeResponse Message(string text) =>
        new(200, MessageType, JsonSerializer.SerializeToElement(text, ActivityJson.Options));
}
