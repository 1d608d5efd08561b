using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.Engine;

/// <summary>One entry of a dialog stack: which dialog, and its JSON state (persisted between turns).</summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    public JsonObject State { get; init; } = [];

    /// <summary>
    /// The stack of the dialogs this one runs inside itself (a <see cref="ComponentDialog"/>), or null. Kept as
    /// typed instances rather than inside <see cref="State"/>, so reaching the active question does not copy it.
    /// </summary>
    public List<DialogInstance>? Children { get; set; }

    /// <summary>A prompt's question as last saved in <see cref="State"/>, kept for the rest of the turn; never stored.</summary>
    [JsonIgnore]
    internal PromptSpec? SavedSpec { get; set; }
}
