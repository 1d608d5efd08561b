using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// A dialog stack (top at the end) and the operations on it, for one turn. The root context's stack is the
/// conversation's; a <see cref="ComponentDialog"/> runs its children in a child context of its own.
/// </summary>
public sealed class DialogContext
{
    private readonly DialogSet _dialogs;

    internal DialogContext(DialogSet dialogs, TurnContext context, List<DialogInstance> stack, DialogContext? parent)
    {
        _dialogs = dialogs;
        Context = context;
        Stack = stack;
        Parent = parent;
    }

    public TurnContext Context { get; }

    public DialogContext? Parent { get; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[^1] : null;

    internal List<DialogInstance> Stack { get; }

    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"Dialog '{dialogId}' is not registered here; add it with AddDialog.");
        Stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Asks a question through the prompt registered as <paramref name="promptDialogId"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string promptDialogId, PromptSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return BeginDialogAsync(promptDialogId, spec, cancellationToken);
    }

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return DialogTurnResult.Empty;
        }

        return await RequireDialog(instance).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and hands <paramref name="result"/> to the one below it.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(JsonElement? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is { } parent)
        {
            return await RequireDialog(parent).ResumeDialogAsync(this, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog with a typed result (serialized as its declared type, never by type name).</summary>
    public Task<DialogTurnResult> EndDialogAsync<T>(T result, CancellationToken cancellationToken = default) =>
        EndDialogAsync((JsonElement?)DialogJson.ToElement(result), cancellationToken);

    /// <summary>Swaps the active dialog for another, e.g. to loop a waterfall without growing the stack.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends every dialog on this stack and, from inside a component, every dialog above it too.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        while (Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance)
        {
            await RequireDialog(instance).RepromptDialogAsync(this, instance, cancellationToken);
        }
    }

    /// <summary>The innermost active dialogs, outermost first; stops at a dialog that is no longer registered.</summary>
    internal IEnumerable<(Dialog Dialog, DialogInstance Instance)> ActiveChain()
    {
        DialogContext? dc = this;
        while (dc?.ActiveDialog is { } instance && dc.FindDialog(instance.Id) is { } dialog)
        {
            yield return (dialog, instance);
            dc = dialog.CreateChildContext(dc, instance);
        }
    }

    /// <summary>The prompt waiting for an answer, or null.</summary>
    /// <remarks>
    /// Its question was read with the rest of the state: a question that cannot be read makes the whole saved state
    /// unreadable, which the runner answers by starting afresh.
    /// </remarks>
    internal ActivePrompt? FindActivePrompt()
    {
        foreach (var (dialog, instance) in ActiveChain())
        {
            if (dialog is Prompt prompt)
            {
                return new ActivePrompt(prompt, prompt.ReadSpec(instance));
            }
        }

        return null;
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            throw new InvalidOperationException("There is no active dialog to end.");
        }

        Stack.RemoveAt(Stack.Count - 1);
        // A dialog removed from the code since the state was saved is simply dropped, so "start again" always works.
        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(this, instance, reason, cancellationToken);
        }
    }

    private Dialog RequireDialog(DialogInstance instance) =>
        FindDialog(instance.Id)
        ?? throw new InvalidOperationException($"Dialog '{instance.Id}' on the saved stack is not registered any more.");
}
