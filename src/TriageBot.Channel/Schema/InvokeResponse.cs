using System.Text.Json;

namespace TriageBot.Channel.Schema;

/// <summary>
/// The synchronous answer to an <c>invoke</c> activity: the HTTP status and body the bot's endpoint returns
/// (for <c>adaptiveCard/action</c>, status 200 and an <see cref="AdaptiveCardInvokeResponse"/> body).
/// </summary>
public sealed record InvokeResponse(int Status, JsonElement? Body)
{
    /// <summary>The response Teams expects to <c>Action.Execute</c>: HTTP 200 whose body says what to show.</summary>
    public static InvokeResponse AdaptiveCardAction(AdaptiveCardInvokeResponse response) =>
        new(200, JsonSerializer.SerializeToElement(response, ActivityJson.Options));
}
