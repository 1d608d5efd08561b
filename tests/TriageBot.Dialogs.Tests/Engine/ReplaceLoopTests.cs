using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Tests.Harness;

namespace TriageBot.Dialogs.Tests.Engine;

/// <summary>A waterfall that loops by replacing itself, as the SDK samples do for "add another?".</summary>
public sealed class ReplaceLoopTests
{
    [Fact]
    public async Task A_replace_loop_collects_every_round_and_back_crosses_the_replace()
    {
        await new TestFlow(DialogRunnerFor)
            .Send("hi")
            .AssertReply(ConcernsDialog.ConcernQuestion)
            .Send("Hungry")
            .AssertReply(ConcernsDialog.AnotherQuestion)
            .Send("yes")
            .AssertReply(m => m.Text.StartsWith("Concern: question 2 of 5", StringComparison.Ordinal))
            .Send("Cold")
            .AssertReply(ConcernsDialog.AnotherQuestion)
            .Send("back")
            .AssertReply(ConcernsDialog.ConcernQuestion)
            .Send("back")
            // Back past the replace: the first round's "another?" is asked again, with "Hungry" kept.
            .AssertReply(ConcernsDialog.AnotherQuestion)
            .Send("yes").Send("Tired").Send("no")
            .AssertReply("Concerns: Hungry | Tired")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_inside_a_replace_loop_ends_it()
    {
        await new TestFlow(DialogRunnerFor)
            .Send("hi").Send("Hungry").Send("yes")
            .Send("cancel")
            .AssertReply("Cancelled")
            .AssertNoPrompt()
            .StartTestAsync();
    }

    private static DialogRunner DialogRunnerFor(TriageBot.Dialogs.Storage.IStorage storage) =>
        new(new ConcernsDialog(), storage, new TextPromptRenderer(), TimeProvider.System);

    private sealed class ConcernsDialog : ComponentDialog
    {
        public const string ConcernQuestion = "Describe one concern.";
        public const string AnotherQuestion = "Is there another concern?";

        public ConcernsDialog()
            : base(nameof(ConcernsDialog))
        {
            AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [ConcernStepAsync, AnotherStepAsync, LoopStepAsync]));
            AddDialog(new TextPrompt(nameof(TextPrompt)));
            AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        }

        private static async Task<DialogTurnResult> ConcernStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            var sofar = step.HasOptions ? step.OptionsAs<List<string>>() : [];
            step.Values.Set("count", sofar.Count);
            return await step.PromptAsync(
                nameof(TextPrompt),
                PromptSpec.ForText(ConcernQuestion) with { Progress = new PromptProgress(sofar.Count + 1, 5, "Concern") },
                cancellationToken);
        }

        private static async Task<DialogTurnResult> AnotherStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            step.Values.Set("concern", step.Result);
            return await step.PromptAsync(nameof(ConfirmPrompt), PromptSpec.ForConfirm(AnotherQuestion), cancellationToken);
        }

        private static async Task<DialogTurnResult> LoopStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            var concerns = step.HasOptions ? step.OptionsAs<List<string>>() : [];
            concerns.Add(step.Values.Get("concern").AsText() ?? "not known");
            if (step.Result.AsConfirm() == ConfirmAnswer.Yes)
            {
                return await step.ReplaceDialogAsync(nameof(WaterfallDialog), concerns, cancellationToken);
            }

            step.Context.SendText("Concerns: " + string.Join(" | ", concerns));
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }
    }
}
