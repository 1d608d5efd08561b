using TriageBot.Dialogs.Engine;

namespace TriageBot.Dialogs.Triage;

/// <summary>Begins what the conversation was started for: a new assessment, or the hand-off of a finished one.</summary>
public sealed class StartDialog : WaterfallDialog
{
    public StartDialog()
        : base(nameof(StartDialog))
    {
        AddStep(BeginStepAsync);
        AddStep(EndStepAsync);
    }

    private static async Task<DialogTurnResult> BeginStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var start = step.HasOptions ? step.OptionsAs<TriageStart>() : new TriageStart();
        return start.Handoff is { } finished
            ? await step.BeginDialogAsync(nameof(HandoffDialog), finished, cancellationToken)
            : await step.BeginDialogAsync(nameof(AssessmentDialog), null, cancellationToken);
    }

    private static Task<DialogTurnResult> EndStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Result, cancellationToken);
}
