namespace TriageBot.Dialogs.Storage;

/// <summary>Storage keys for per-conversation and per-user state, kept apart by prefix.</summary>
public static class StateKeys
{
    public static string ForConversation(string conversationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return "conversation/" + conversationId;
    }

    public static string ForUser(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return "user/" + userId;
    }
}
