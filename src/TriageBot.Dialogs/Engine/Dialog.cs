using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// Base of every dialog. Dialogs are stateless objects shared by all conversations; whatever they must
/// remember between turns goes in <see cref="DialogInstance.State"/>.
/// </summary>
public abstract class Dialog
{
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    /// <summary>Shown when the user asks for help while this dialog (or a prompt inside it) is active.</summary>
    public string? HelpText { get; init; }

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user sent a message while this dialog was on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A dialog this one began has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, JsonElement? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Ask the current question again (after help, back, or a stale card).</summary>
    public virtual Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called as the instance leaves the stack.</summary>
    public virtual Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>The context of the dialogs this instance runs inside itself, if it has any (see <see cref="ComponentDialog"/>).</summary>
    internal virtual DialogContext? CreateChildContext(DialogContext dc, DialogInstance instance) => null;
}
