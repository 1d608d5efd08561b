using Microsoft.Extensions.Logging;

namespace TriageBot.Channel;

/// <summary>
/// Every log line the channel writes. None takes activity text, names or values: a conversation about a child
/// is identified by its type and conversation id only.
/// </summary>
internal static partial class ChannelLog
{
    [LoggerMessage(1, LogLevel.Error, "Turn failed for activity of type {Type} in conversation {ConversationId}: {ExceptionType}")]
    public static partial void TurnFailed(ILogger logger, string? type, string? conversationId, string exceptionType);

    [LoggerMessage(2, LogLevel.Warning, "Reply of type {Type} to conversation {ConversationId} was not delivered: status {Status}")]
    public static partial void ReplyNotDelivered(ILogger logger, string? type, string? conversationId, int? status);

    [LoggerMessage(3, LogLevel.Debug, "Ignored activity of unknown type {Type}")]
    public static partial void IgnoredUnknownType(ILogger logger, string? type);

    [LoggerMessage(4, LogLevel.Warning, "Bot channel in LOCAL mode: no Bot:AppId, so /api/messages accepts unauthenticated loopback callers only, and the local Direct Line is on /v3/directline")]
    public static partial void LocalMode(ILogger logger);

    [LoggerMessage(5, LogLevel.Information, "Bot channel in AUTHENTICATED mode ({AppType}): /api/messages requires a Bot Connector or Entra token")]
    public static partial void AuthenticatedMode(ILogger logger, string appType);

    [LoggerMessage(6, LogLevel.Error, "Signing keys could not be retrieved: {ExceptionType}")]
    public static partial void KeysUnavailable(ILogger logger, string exceptionType);
}
