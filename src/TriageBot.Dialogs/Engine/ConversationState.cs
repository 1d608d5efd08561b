namespace TriageBot.Dialogs.Engine;

/// <summary>What the engine keeps per conversation: the dialog stack, the questions "back" can return to, recent activity ids.</summary>
internal sealed class ConversationState
{
    public List<DialogInstance> DialogStack { get; init; } = [];

    /// <summary>The stack as it stood when each earlier question was asked, oldest first; "back" restores one.</summary>
    public List<BackStep> BackHistory { get; init; } = [];

    public List<string> RecentActivityIds { get; init; } = [];
}
