namespace TriageBot.Dialogs.Engine;

/// <summary>One question "back" can return to: its nonce, and the slot where the stack as it stood then is stored.</summary>
/// <remarks>
/// The stacks themselves are stored beside the conversation, one item per slot, and read only when "back" is used:
/// kept inside the conversation's state they were read and written whole on every turn, most of a turn's cost.
/// </remarks>
internal sealed class BackStep
{
    public required string Nonce { get; init; }

    /// <summary>Which of the conversation's snapshot items holds the stack: 0 to the runner's MaxBackSteps - 1.</summary>
    public required int Slot { get; init; }
}

/// <summary>A stored snapshot: the nonce it was taken for (checked on reading), and the dialog stack.</summary>
internal sealed class BackSnapshot
{
    public required string Nonce { get; init; }

    public required List<DialogInstance> Stack { get; init; }
}
