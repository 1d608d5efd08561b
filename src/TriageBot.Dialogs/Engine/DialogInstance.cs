namespace TriageBot.Dialogs.Engine;

/// <summary>One entry of a dialog stack: which dialog, and its state (persisted between turns).</summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    public DialogState State { get; init; } = new();

    /// <summary>
    /// The stack of the dialogs this one runs inside itself (a <see cref="ComponentDialog"/>), or null. Kept as
    /// typed instances rather than inside <see cref="State"/>, so reaching the active question does not copy it.
    /// </summary>
    public List<DialogInstance>? Children { get; set; }
}
