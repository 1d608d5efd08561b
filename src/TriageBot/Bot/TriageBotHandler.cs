using System.Text.Json;
using TriageBot.Channel;
using TriageBot.Channel.Schema;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Triage;

namespace TriageBot.Bot;

/// <summary>
/// Maps the Bot Framework protocol onto the triage dialogs: messages and Action.Execute invokes become turns,
/// a member joining gets the welcome card, and every answer goes back as text plus its Adaptive Card.
/// Logs the activity type and conversation id only: the text and card values are about a child.
/// </summary>
internal sealed partial class TriageBotHandler(DialogRunner runner, TriageContent content, ILogger<TriageBotHandler> logger) : IBotHandler
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public async Task<TurnResult> OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        LogActivity(logger, activity.Type, activity.Conversation?.Id);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                var text = activity.RemoveRecipientMention();
                var replies = await RunTurnAsync(activity, text, activity.Value, cancellationToken);
                return new TurnResult(replies);

            case ActivityTypes.ConversationUpdate when SomeoneElseJoined(activity):
                return TurnResult.Reply(ToActivity(TriageMessages.Welcome(content), activity));

            case ActivityTypes.Invoke when activity.Name == AdaptiveCardActionInvoke:
                return await OnCardActionAsync(activity, cancellationToken);

            default:
                // Other conversation updates, events and invokes: nothing to say (an unhandled invoke is answered 501).
                return TurnResult.None;
        }
    }

    /// <summary>
    /// Action.Execute: <c>value.action.data</c> is what Action.Submit would have sent. The replies go out as messages, so
    /// the pressed card stays as the record of the answer; the invoke itself is acknowledged with a short message.
    /// </summary>
    private async Task<TurnResult> OnCardActionAsync(Activity activity, CancellationToken cancellationToken)
    {
        JsonElement? data = activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
                ? d
                : null;
        if (data is null)
        {
            return TurnResult.Invoke(InvokeResponse.AdaptiveCardAction(
                new AdaptiveCardInvokeResponse(400, AdaptiveCardInvokeResponse.ErrorType,
                    JsonSerializer.SerializeToElement(new { code = "BadRequest", message = "The card action has no data object." }))));
        }

        var replies = await RunTurnAsync(activity, null, data, cancellationToken);
        return new TurnResult(replies, InvokeResponse.AdaptiveCardAction(AdaptiveCardInvokeResponse.Message("Answer received.")));
    }

    private async Task<IReadOnlyList<Activity>> RunTurnAsync(Activity activity, string? text, JsonElement? value, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        var userId = activity.From?.AadObjectId ?? activity.From?.Id ?? throw new ArgumentException("The activity has no 'from' account.", nameof(activity));
        var input = new TurnInput(conversationId, userId, activity.Id, text, value, activity.Locale);
        var messages = await runner.RunTurnAsync(input, cancellationToken);
        return [.. messages.Select(m => ToActivity(m, activity))];
    }

    private static bool SomeoneElseJoined(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id is { Length: > 0 } id && id != activity.Recipient?.Id) == true;

    internal static Activity ToActivity(BotMessage message, Activity incoming)
    {
        var reply = Activity.CreateMessage(message.Text);
        // The text is written as plain text; Teams reads an unmarked text as Markdown, so say so explicitly.
        reply.TextFormat = "plain";
        if (message.AdaptiveCardJson is { } card)
        {
            reply.Attachments =
            [
                new Attachment
                {
                    ContentType = Attachment.AdaptiveCardContentType,
                    Content = RawJson.FromUtf8(card),
                },
            ];
            // What a channel that cannot draw cards shows in the card's place, and Teams' notification text.
            reply.Summary = message.Text;

            // Teams draws the text above the card, so the same words would show twice: there the plain text
            // travels as the summary and as the card's fallback text instead.
            if (incoming.ChannelId == "msteams")
            {
                reply.Text = null;
            }
        }

        if (message.SuggestedReplies is { Count: > 0 } suggestions && IsPersonal(incoming))
        {
            reply.SuggestedActions = new SuggestedActions
            {
                To = incoming.From?.Id is { } to ? [to] : null,
                Actions = [.. suggestions.Select(s => new CardAction { Type = "imBack", Title = s, Value = JsonSerializer.SerializeToElement(s) })],
            };
        }

        return reply;
    }

    /// <summary>Teams shows suggested actions only in one-to-one chats; elsewhere they would be noise or dropped.</summary>
    private static bool IsPersonal(Activity incoming) =>
        incoming.Conversation is not { IsGroup: true }
        && incoming.Conversation?.ConversationType is null or "personal";

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handling a {ActivityType} activity in conversation {ConversationId}.")]
    private static partial void LogActivity(ILogger logger, string? activityType, string? conversationId);
}
