namespace TriageBot.Dialogs.Engine;

/// <summary>One question "back" can return to: its nonce and the whole dialog stack as it was when it was asked.</summary>
internal sealed class BackStep
{
    public required string Nonce { get; init; }

    public required List<DialogInstance> Stack { get; init; }
}
