namespace TriageBot.Channel.Schema;

/// <summary>
/// The activity types defined by the Bot Framework Activity specification
/// (microsoft/botframework-sdk, specs/botframework-activity/botframework-activity.md, "Type").
/// Comparison is ordinal (A2011); a bot ignores types it does not understand (A2014).
/// </summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ContactRelationUpdate = "contactRelationUpdate";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string InvokeResponse = "invokeResponse";
    public const string DeleteUserData = "deleteUserData";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Suggestion = "suggestion";
    public const string Trace = "trace";
    public const string Handoff = "handoff";
    public const string Command = "command";
    public const string CommandResult = "commandResult";

    private static readonly HashSet<string> _known = new(StringComparer.Ordinal)
    {
        Message, ContactRelationUpdate, ConversationUpdate, Typing, EndOfConversation, Event, Invoke,
        DeleteUserData, MessageUpdate, MessageDelete, InstallationUpdate, MessageReaction, Suggestion,
        Trace, Handoff, Command, CommandResult,
    };

    /// <summary>True when the type is one the specification defines for a channel to send to a bot.</summary>
    public static bool IsKnown(string type) => _known.Contains(type);
}
