using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// Runs steps in order: each step usually asks one question, and the next step receives the answer as
/// <see cref="WaterfallStepContext.Result"/>. The step index, the options and the Values bag live in the
/// instance state, so a waterfall resumes after a process restart.
/// </summary>
public class WaterfallDialog : Dialog
{
    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null)
        : base(id)
    {
        _steps = steps?.ToList() ?? [];
    }

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = ActiveState(dc);
        state.Values = new(StringComparer.Ordinal);
        // As an element, written once here and parsed once with the state: a node tree had to be written out and
        // parsed again at every typed read, and the questionnaire begins itself anew with new options every question.
        state.Options = options is null ? null : JsonSerializer.SerializeToElement(options, options.GetType(), DialogJson.Options);
        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    /// <summary>A step ended the turn without a prompt: the user's text is the next step's result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = dc.Context.Input.Text;
        return ResumeDialogAsync(dc, text is null ? null : DialogJson.ToElement(text), cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, JsonElement? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, CurrentIndex(ActiveState(dc)) + 1, result, cancellationToken);
    }

    internal Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, JsonElement? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return dc.EndDialogAsync(result, cancellationToken);
        }

        var state = ActiveState(dc);
        state.StepIndex = index;
        var values = state.Values ??= new(StringComparer.Ordinal);
        // A waterfall begun without options was once saved with "options": null; that still means none.
        var options = state.Options is { ValueKind: not JsonValueKind.Null } saved ? saved : (JsonElement?)null;
        var step = new WaterfallStepContext(this, dc, index, _steps.Count, options, result, new StepValues(values));
        return _steps[index](step, cancellationToken);
    }

    private static DialogState ActiveState(DialogContext dc) =>
        (dc.ActiveDialog ?? throw new InvalidOperationException("A waterfall was run without an active instance.")).State;

    private static int CurrentIndex(DialogState state) =>
        state.StepIndex ?? throw new InvalidOperationException("Saved waterfall state has no step index.");
}
