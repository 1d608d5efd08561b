using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.Engine;

/// <summary>What the engine keeps per conversation: the dialog stack, the questions "back" can return to, recent activity ids, values.</summary>
internal sealed class ConversationState
{
    public List<DialogInstance> DialogStack { get; init; } = [];

    /// <summary>The stack as it stood when each earlier question was asked, oldest first; "back" restores one.</summary>
    public List<BackStep> BackHistory { get; init; } = [];

    /// <summary>How many snapshot slots have been written since the history was last forgotten: the ones to delete then.</summary>
    public int BackSlotsUsed { get; set; }

    public List<string> RecentActivityIds { get; init; } = [];

    /// <summary>Values the application keeps for the conversation outside any dialog (e.g. the last answer given).</summary>
    public Dictionary<string, JsonElement> Values { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Set during a turn that forgot the back history, so the runner deletes its snapshots after saving.</summary>
    [JsonIgnore]
    public bool BackHistoryDiscarded { get; set; }
}
