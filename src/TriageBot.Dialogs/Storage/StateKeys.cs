using System.Globalization;

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

    /// <summary>One of a conversation's "back" snapshots; the slot is the last segment, so ids containing '/' stay apart.</summary>
    public static string ForBackStep(string conversationId, int slot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        return string.Create(CultureInfo.InvariantCulture, $"back/{conversationId}/{slot}");
    }
}
