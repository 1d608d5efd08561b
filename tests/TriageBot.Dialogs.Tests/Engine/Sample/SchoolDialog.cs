using TriageBot.Dialogs.Engine;

namespace TriageBot.Dialogs.Tests.Engine.Sample;

/// <summary>Topic two: a date that may not be in the future, free text, and a yes/no/not-known.</summary>
public sealed class SchoolDialog : ComponentDialog
{
    public const string SeenQuestion = "When did you last see the child?";
    public const string DescriptionQuestion = "Describe what you saw.";
    public const string ParentsQuestion = "Have the parents been told?";
    public const string FutureDate = "That date is in the future; please give the date you last saw the child.";

    private readonly SampleHooks _hooks;

    public SchoolDialog(SampleHooks hooks)
        : base(nameof(SchoolDialog))
    {
        _hooks = hooks;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [SeenStepAsync, DescriptionStepAsync, ParentsStepAsync, DoneStepAsync]));
        AddDialog(new DatePrompt(nameof(DatePrompt), NotInFuture));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
    }

    private static string? NotInFuture(System.Text.Json.JsonElement answer, TurnContext context) =>
        ((System.Text.Json.JsonElement?)answer).AsDate() > context.Today ? FutureDate : null;

    private static async Task<DialogTurnResult> SeenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(nameof(DatePrompt), PromptSpec.ForDate(SeenQuestion) with { AllowSkip = true }, cancellationToken);

    private static async Task<DialogTurnResult> DescriptionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("seen", step.Result);
        return await step.PromptAsync(nameof(TextPrompt), PromptSpec.ForText(DescriptionQuestion) with { Max = 200 }, cancellationToken);
    }

    private async Task<DialogTurnResult> ParentsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var description = step.Result.AsText();
        _hooks.OnDescription?.Invoke(description ?? "");
        step.Values.Set("description", description);
        return await step.PromptAsync(nameof(ConfirmPrompt), PromptSpec.ForConfirm(ParentsQuestion), cancellationToken);
    }

    private static async Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.EndDialogAsync(
            new SchoolAnswers(
                step.Values.Get("seen").AsDate()?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                step.Values.Get("description").AsText(),
                step.Result.AsConfirm() switch
                {
                    ConfirmAnswer.Yes => "yes",
                    ConfirmAnswer.No => "no",
                    _ => "not known",
                }),
            cancellationToken);
}
