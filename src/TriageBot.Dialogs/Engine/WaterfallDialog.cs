using System.Text.Json;
using System.Text.Json.Nodes;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// Runs steps in order: each step usually asks one question, and the next step receives the answer as
/// <see cref="WaterfallStepContext.Result"/>. The step index, the options and the Values bag live in the
/// instance state, so a waterfall resumes after a process restart.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string ValuesKey = "values";
    private const string OptionsKey = "options";
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
        state[ValuesKey] = new JsonObject();
        state[OptionsKey] = options is null ? null : JsonSerializer.SerializeToNode(options, options.GetType(), DialogJson.Options);
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
        state[StepIndexKey] = index;
        var values = state[ValuesKey] as JsonObject ?? [];
        state[ValuesKey] = values;
        var step = new WaterfallStepContext(this, dc, index, _steps.Count, state[OptionsKey], result, new StepValues(values));
        return _steps[index](step, cancellationToken);
    }

    private static JsonObject ActiveState(DialogContext dc) =>
        (dc.ActiveDialog ?? throw new InvalidOperationException("A waterfall was run without an active instance.")).State;

    private static int CurrentIndex(JsonObject state) =>
        state[StepIndexKey] is JsonValue value && value.TryGetValue(out int index)
            ? index
            : throw new InvalidOperationException("Saved waterfall state has no step index.");
}
