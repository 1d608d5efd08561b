using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.Engine;

/// <summary>What the engine keeps per conversation: the dialog stack, the questions "back" can return to, recent activity ids, values.</summary>
internal sealed class ConversationState
{
    public List<DialogInstance> DialogStack { get; init; } = [];

    /// <summary>The stack as it stood when each earlier question was asked, oldest first; "back" restores one.</summary>
    public List<BackStep> BackHistory { get; init; } = [];

    /// <summary>
    /// In state saved by builds before 2026-12-02, which kept snapshots in numbered slots and reused them: how many slots
    /// had been written since the history was last forgotten, the ones to delete then. This build writes no slots.
    /// </summary>
    public int BackSlotsUsed { get; set; }

    public List<string> RecentActivityIds { get; init; } = [];

    /// <summary>Values the application keeps for the conversation outside any dialog (e.g. the last answer given).</summary>
    public Dictionary<string, JsonElement> Values { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Set during a turn that forgot the back history, so the runner deletes the old builds' slots with the save.</summary>
    [JsonIgnore]
    public bool BackHistoryDiscarded { get; set; }

    /// <summary>This state, saved by the last turn and taken back from the store for the next: what is not saved is reset.</summary>
    public ConversationState Resumed()
    {
        BackHistoryDiscarded = false;
        return this;
    }
}
