using System.Text.Json.Nodes;

namespace TriageBot.Dialogs.Engine;

/// <summary>One entry of a dialog stack: which dialog, and its JSON state (persisted between turns).</summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    public JsonObject State { get; init; } = [];
}
