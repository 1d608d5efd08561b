using TriageBot.Dialogs.Engine;

namespace TriageBot.Dialogs.Tests.Engine.Sample;

/// <summary>Topic one: a skippable choice with its own help, then a bounded number.</summary>
public sealed class HomeDialog : ComponentDialog
{
    public const string BeddingQuestion = "What is the child's bedding like?";
    public const string BeddingHelp = "Think of the last time you saw where the child sleeps.";
    public const string AdultsQuestion = "How many adults live in the home?";

    public HomeDialog()
        : base(nameof(HomeDialog))
    {
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [BeddingStepAsync, AdultsStepAsync, DoneStepAsync]));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new NumberPrompt(nameof(NumberPrompt)));
    }

    private static async Task<DialogTurnResult> BeddingStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(
            nameof(ChoicePrompt),
            PromptSpec.ForChoice(
                BeddingQuestion,
                new PromptChoice("clean", "Clean"),
                new PromptChoice("dirty", "Dirty, urine or faeces soaked"),
                new PromptChoice("none", "No bedding")) with
            {
                AllowSkip = true,
                Help = BeddingHelp,
                Progress = new PromptProgress(1, 2, "Home"),
            },
            cancellationToken);

    private static async Task<DialogTurnResult> AdultsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("bedding", step.Result);
        return await step.PromptAsync(
            nameof(NumberPrompt),
            PromptSpec.ForNumber(AdultsQuestion, 0, 10) with { Progress = new PromptProgress(2, 2, "Home") },
            cancellationToken);
    }

    private static async Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.EndDialogAsync(new HomeAnswers(step.Values.Get("bedding").AsChoice(), step.Result.AsNumber()), cancellationToken);
}
