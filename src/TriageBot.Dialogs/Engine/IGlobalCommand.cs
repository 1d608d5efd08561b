namespace TriageBot.Dialogs.Engine;

/// <summary>
/// A command the application answers at any point of a conversation (e.g. "who do I call now?"), before the
/// dialogs see the turn. The runner shows the waiting question again afterwards.
/// </summary>
public interface IGlobalCommand
{
    /// <summary>Handles the turn when it is this command (it may send messages or begin a dialog); false lets the dialogs have it.</summary>
    Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken);
}
