using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>What one waterfall step sees: the previous step's result, the Values bag, and the stack operations.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly JsonElement? _options;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog waterfall, DialogContext dc, int index, int stepCount, JsonElement? options, JsonElement? result, StepValues values)
    {
        _waterfall = waterfall;
        DialogContext = dc;
        Index = index;
        StepCount = stepCount;
        _options = options;
        Result = result;
        Values = values;
    }

    public DialogContext DialogContext { get; }

    public TurnContext Context => DialogContext.Context;

    /// <summary>Zero-based index of this step.</summary>
    public int Index { get; }

    public int StepCount { get; }

    /// <summary>Whether the waterfall was begun with options; read them with <see cref="OptionsAs{T}"/>.</summary>
    public bool HasOptions => _options is not null;

    /// <summary>The previous step's result (a prompt's answer); read it with the <see cref="DialogResults"/> helpers.</summary>
    public JsonElement? Result { get; }

    /// <summary>Answers and working values kept across the steps of this waterfall (persisted).</summary>
    public StepValues Values { get; }

    /// <summary>The options as a <typeparamref name="T"/> of the caller's own: changing it changes nothing saved.</summary>
    /// <exception cref="DialogResultException">There are no options, or they are not a <typeparamref name="T"/>.</exception>
    public T OptionsAs<T>()
    {
        if (_options is not { } options)
        {
            throw new DialogResultException($"Waterfall '{_waterfall.Id}' was begun without options; step {Index} expected a {typeof(T).Name}.");
        }

        try
        {
            return options.Deserialize<T>(DialogJson.Options)
                ?? throw new DialogResultException($"Waterfall '{_waterfall.Id}' options are null; expected a {typeof(T).Name}.");
        }
        catch (JsonException ex)
        {
            throw new DialogResultException($"Waterfall '{_waterfall.Id}' options are not a {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Skips to the next step in this same turn, handing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(JsonElement? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was called twice in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.RunStepAsync(DialogContext, Index + 1, result, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string promptDialogId, PromptSpec spec, CancellationToken cancellationToken = default) =>
        DialogContext.PromptAsync(promptDialogId, spec, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(JsonElement? result = null, CancellationToken cancellationToken = default) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync<T>(T result, CancellationToken cancellationToken = default) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        DialogContext.CancelAllDialogsAsync(cancellationToken);
}
