using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// A dialog made of child dialogs with their own set and their own stack (kept in this instance's state),
/// so a topic can be built, tested and reused as one unit. Derive one class per dialog, as the core-bot sample does.
/// </summary>
public abstract class ComponentDialog : Dialog
{
    private readonly DialogSet _dialogs = new();

    protected ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The child begun when this dialog begins; defaults to the first one added.</summary>
    public string? InitialDialogId { get; protected set; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = ActiveInstance(dc);
        var inner = CreateInnerContext(dc, instance);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component dialog '{Id}' has no child dialogs.");
        var result = await inner.BeginDialogAsync(initial, options, cancellationToken);
        return await AfterInnerTurnAsync(dc, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = ActiveInstance(dc);
        var inner = CreateInnerContext(dc, instance);
        var result = await inner.ContinueDialogAsync(cancellationToken);
        return await AfterInnerTurnAsync(dc, result, cancellationToken);
    }

    // Only reached if something began a dialog on the outer stack above this one: ask our question again.
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, JsonElement? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc, ActiveInstance(dc), cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var inner = CreateInnerContext(dc, instance);
        await inner.RepromptDialogAsync(cancellationToken);
    }

    public override async Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            await CreateInnerContext(dc, instance).CancelAllDialogsAsync(cancellationToken);
        }
    }

    internal override DialogContext? CreateChildContext(DialogContext dc, DialogInstance instance) => CreateInnerContext(dc, instance);

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    private static DialogInstance ActiveInstance(DialogContext dc) =>
        dc.ActiveDialog ?? throw new InvalidOperationException("A component dialog was run without an active instance.");

    // The inner context works on the instance's own list, so its changes are saved with the conversation.
    private DialogContext CreateInnerContext(DialogContext dc, DialogInstance instance) =>
        new(_dialogs, dc.Context, instance.Children ??= [], dc);

    private static async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext dc, DialogTurnResult result, CancellationToken cancellationToken) =>
        result.Status switch
        {
            DialogTurnStatus.Complete => await dc.EndDialogAsync(result.Result, cancellationToken),
            // A child cancelled everything: that means the whole conversation, not just this component.
            DialogTurnStatus.Cancelled => await dc.CancelAllDialogsAsync(cancellationToken),
            DialogTurnStatus.Empty => await dc.EndDialogAsync(null, cancellationToken),
            _ => result,
        };
}
