using TriageBot.Dialogs.Engine;

namespace TriageBot.Dialogs.Tests.Engine.Sample;

/// <summary>
/// The sample root: a danger question that branches (yes ends at once), a multi-choice of topics,
/// then a child dialog per chosen topic, then a plain-text summary of every answer.
/// </summary>
public sealed class QuestionnaireDialog : ComponentDialog
{
    public const string DangerQuestion = "Is the child in immediate danger?";
    public const string TopicsQuestion = "Which topics worry you?";
    public const string CallNow = "Call 999 now.";
    public const string Help = "These questions decide who you should talk to.";

    public QuestionnaireDialog(SampleHooks hooks)
        : base(nameof(QuestionnaireDialog))
    {
        HelpText = Help;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog),
        [
            DangerStepAsync,
            TopicsStepAsync,
            HomeStepAsync,
            SchoolStepAsync,
            SummaryStepAsync,
        ]));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        AddDialog(new MultiChoicePrompt(nameof(MultiChoicePrompt)));
        AddDialog(new HomeDialog());
        AddDialog(new SchoolDialog(hooks));
    }

    private static async Task<DialogTurnResult> DangerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(nameof(ConfirmPrompt), PromptSpec.ForConfirm(DangerQuestion) with { QuestionId = "danger" }, cancellationToken);

    private static async Task<DialogTurnResult> TopicsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var danger = step.Result.AsConfirm();
        step.Values.Set("danger", step.Result);
        if (danger == ConfirmAnswer.Yes)
        {
            step.Context.SendText(CallNow);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        return await step.PromptAsync(
            nameof(MultiChoicePrompt),
            PromptSpec.ForMultiChoice(TopicsQuestion, new PromptChoice("home", "Home conditions"), new PromptChoice("school", "School")),
            cancellationToken);
    }

    private static async Task<DialogTurnResult> HomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("topics", step.Result);
        return step.Result.AsChoices() is { } topics && topics.Contains("home")
            ? await step.BeginDialogAsync(nameof(HomeDialog), cancellationToken: cancellationToken)
            : await step.NextAsync(cancellationToken: cancellationToken);
    }

    private static async Task<DialogTurnResult> SchoolStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not null)
        {
            step.Values.Set("home", step.Result);
        }

        return step.Values.Get("topics").AsChoices() is { } topics && topics.Contains("school")
            ? await step.BeginDialogAsync(nameof(SchoolDialog), cancellationToken: cancellationToken)
            : await step.NextAsync(cancellationToken: cancellationToken);
    }

    private static async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var parts = new List<string> { $"topics={string.Join("+", step.Values.Get("topics").AsChoices() ?? ["not known"])}" };
        if (step.Values.Contains("home"))
        {
            var home = step.Values.Get("home").As<HomeAnswers>();
            parts.Add($"bedding={home.Bedding ?? "not known"}");
            parts.Add($"adults={home.Adults?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not known"}");
        }

        if (step.Result is not null)
        {
            var school = step.Result.As<SchoolAnswers>();
            parts.Add($"seen={school.LastSeen ?? "not known"}");
            parts.Add($"description={school.Description ?? "not known"}");
            parts.Add($"parents-told={school.ParentsTold}");
        }

        step.Context.SendText("Summary: " + string.Join("; ", parts));
        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }
}
