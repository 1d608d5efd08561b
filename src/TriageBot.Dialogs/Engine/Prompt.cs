using System.Security.Cryptography;
using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// Asks one question (begun with a <see cref="PromptSpec"/> as options), reads typed or card answers,
/// re-asks with the problem named, and after the retry limit returns "not known" rather than trapping the user.
/// </summary>
public abstract class Prompt : Dialog
{
    private readonly PromptValidator? _validator;

    protected Prompt(string id, PromptKind kind, PromptValidator? validator)
        : base(id)
    {
        Kind = kind;
        _validator = validator;
    }

    public PromptKind Kind { get; }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptSpec asked)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with a PromptSpec.", nameof(options));
        }

        if (asked.Kind != Kind)
        {
            throw new ArgumentException($"Prompt '{Id}' asks {Kind} questions, not {asked.Kind}.", nameof(options));
        }

        var saved = Prepare(asked) with { Nonce = NewNonce(), Problem = null };
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException("A prompt was begun without an active instance.");
        instance.State.Spec = saved;
        instance.State.Failures = 0;
        Show(dc.Context, Complete(saved));
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException("A prompt was continued without an active instance.");
        var spec = ReadSpec(instance);
        var context = dc.Context;

        if (context.Command == TurnCommand.Skip)
        {
            if (CanSkip(spec))
            {
                return await dc.EndDialogAsync(NotKnownAnswer, cancellationToken);
            }

            Show(context, spec with { Problem = context.Texts.CannotSkip });
            return DialogTurnResult.Waiting;
        }

        var recognition = Recognize(spec, context);
        if (recognition.Succeeded && _validator?.Invoke(recognition.Value, context) is { } rejected)
        {
            recognition = PromptRecognition.Failure(rejected);
        }

        if (recognition.Succeeded)
        {
            return await dc.EndDialogAsync(recognition.Value, cancellationToken);
        }

        var failures = (instance.State.Failures ?? 0) + 1;
        instance.State.Failures = failures;
        if (failures >= (spec.RetryLimit ?? context.Options.RetryLimit))
        {
            context.SendText(context.Texts.RecordedAsNotKnown);
            return await dc.EndDialogAsync(NotKnownAnswer, cancellationToken);
        }

        Show(context, spec with { Problem = recognition.Problem });
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        if (dc.Context.RenewNonce)
        {
            instance.State.Spec = ReadSavedSpec(instance) with { Nonce = NewNonce() };
            instance.State.Failures = 0;
        }

        Show(dc.Context, ReadSpec(instance));
        return Task.CompletedTask;
    }

    /// <summary>The question as asked: the saved spec, completed.</summary>
    internal PromptSpec ReadSpec(DialogInstance instance) => Complete(ReadSavedSpec(instance));

    private PromptSpec ReadSavedSpec(DialogInstance instance) =>
        instance.State.Spec ?? throw new InvalidOperationException($"Prompt '{Id}' has no saved question.");

    /// <summary>What "not known" returns; confirm prompts override it with their own answer.</summary>
    protected virtual JsonElement NotKnownAnswer => DialogJson.Null;

    protected virtual bool CanSkip(PromptSpec spec) => spec.AllowSkip;

    /// <summary>Checks the caller's spec before it is asked, and returns the spec to save.</summary>
    protected virtual PromptSpec Prepare(PromptSpec spec) => spec;

    /// <summary>
    /// Fills in what every question of this kind has and the saved spec leaves out (e.g. confirm's options): the saved
    /// state, read and written whole every turn, then holds only what is particular to the question.
    /// </summary>
    protected virtual PromptSpec Complete(PromptSpec saved) => saved;

    protected abstract PromptRecognition RecognizeText(PromptSpec spec, string text, TurnContext context);

    /// <summary>Reads the "answer" property of a card submit; strings are read like typed text.</summary>
    protected virtual PromptRecognition RecognizeCardAnswer(PromptSpec spec, JsonElement answer, TurnContext context) =>
        answer.ValueKind == JsonValueKind.String
            ? RecognizeText(spec, answer.GetString() ?? "", context)
            : PromptRecognition.Failure($"That card reply's answer was a {Describe(answer.ValueKind)}, not text. {Instruction(spec)}");

    /// <summary>The sentence that tells the user what a good answer looks like.</summary>
    protected abstract string Instruction(PromptSpec spec);

    private static string NewNonce() => RandomNumberGenerator.GetHexString(16, lowercase: true);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "list",
        JsonValueKind.Object => "set of fields",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "true/false value",
        JsonValueKind.Null => "empty value",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static void Show(TurnContext context, PromptSpec spec) =>
        context.Send(context.Renderer.Render(spec with { AllowBack = spec.AllowBack && context.CanGoBackFrom(spec.Nonce) }));

    private PromptRecognition Recognize(PromptSpec spec, TurnContext context)
    {
        if (context.Input.Value is not { } value)
        {
            return string.IsNullOrWhiteSpace(context.Input.Text)
                ? PromptRecognition.Failure($"I didn't get an answer. {Instruction(spec)}")
                : RecognizeText(spec, context.Input.Text, context);
        }

        // The runner has already turned away submits whose nonce belongs to another question.
        if (value.ValueKind != JsonValueKind.Object)
        {
            return PromptRecognition.Failure($"That card reply was a {Describe(value.ValueKind)}, not a set of fields. {Instruction(spec)}");
        }

        if (!value.TryGetProperty("nonce", out _))
        {
            return PromptRecognition.Failure($"That card reply did not say which question it answers. {Instruction(spec)}");
        }

        if (!value.TryGetProperty("answer", out var answer) || answer.ValueKind == JsonValueKind.Null)
        {
            return PromptRecognition.Failure($"That card reply had no answer. {Instruction(spec)}");
        }

        return RecognizeCardAnswer(spec, answer, context);
    }
}
