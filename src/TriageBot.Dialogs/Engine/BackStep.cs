using System.Text.Json.Serialization;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Engine;

/// <summary>One question "back" can return to: its nonce, and where the stack as it stood then is stored.</summary>
/// <remarks>
/// The stacks themselves are stored beside the conversation, one item each, and read only when "back" is used:
/// kept inside the conversation's state they were read and written whole on every turn, most of a turn's cost.
/// </remarks>
internal sealed class BackStep
{
    public required string Nonce { get; init; }

    /// <summary>The storage key of the snapshot, from <see cref="IStorage.NewSnapshotKey"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Snapshot { get; init; }

    /// <summary>Set only in state saved by builds before 2026-12-02: the slot of <see cref="StateKeys.ForBackStep"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Slot { get; init; }

    /// <summary>Where this step's snapshot is stored; null if the saved step names neither a key nor a slot.</summary>
    public string? SnapshotKey(string conversationId) =>
        Snapshot ?? (Slot is >= 0 and var slot ? StateKeys.ForBackStep(conversationId, slot) : null);
}

/// <summary>
/// A stored snapshot: the conversation and the nonce it was taken for (both checked on reading), and the dialog stack.
/// Read with this type; written by the runner around the stack text of the state it saves.
/// </summary>
internal sealed class BackSnapshot
{
    public required string Nonce { get; init; }

    /// <summary>Null only in snapshots saved by builds before 2026-12-02, whose keys named their conversation.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Conversation { get; init; }

    public required List<DialogInstance> Stack { get; init; }
}
