using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Tests.Harness;

namespace TriageBot.Dialogs.Tests.Engine;

/// <summary>A waterfall's options are read from its saved state at each step, and each read is a copy of its own.</summary>
public sealed class WaterfallOptionsTests
{
    [Fact]
    public async Task A_step_that_changes_the_options_it_read_does_not_change_what_later_steps_read()
    {
        await new TestFlow(storage => new DialogRunner(new ListDialog(), storage, new TextPromptRenderer(), TimeProvider.System))
            .Send("hi")
            .AssertReply("Options: Hungry, Cold")
            .AssertReply(ListDialog.Question)
            .Send("anything")
            // A later turn, read from the saved state: still the two items the waterfall was begun with.
            .AssertReply("Options: Hungry, Cold")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_waterfall_begun_without_options_says_so_when_a_step_asks_for_them()
    {
        await new TestFlow(storage => new DialogRunner(new NoOptionsDialog(), storage, new TextPromptRenderer(), TimeProvider.System))
            .Send("hi")
            .AssertReply("No options, and reading them failed: Waterfall 'WaterfallDialog' was begun without options; step 0 expected a List`1.")
            .StartTestAsync();
    }

    private sealed class ListDialog : ComponentDialog
    {
        public const string Question = "Say anything.";

        public ListDialog()
            : base(nameof(ListDialog))
        {
            AddDialog(new WaterfallDialog("outer", [BeginListAsync]));
            AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskStepAsync, ShowStepAsync]));
            AddDialog(new TextPrompt(nameof(TextPrompt)));
        }

        private static Task<DialogTurnResult> BeginListAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
            step.BeginDialogAsync(nameof(WaterfallDialog), new List<string> { "Hungry", "Cold" }, cancellationToken);

        private static async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            var items = step.OptionsAs<List<string>>();
            step.Context.SendText("Options: " + string.Join(", ", items));
            items.Add("Tired");
            items.RemoveAt(0);
            return await step.PromptAsync(nameof(TextPrompt), PromptSpec.ForText(Question), cancellationToken);
        }

        private static async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            step.Context.SendText("Options: " + string.Join(", ", step.OptionsAs<List<string>>()));
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }
    }

    private sealed class NoOptionsDialog : ComponentDialog
    {
        public NoOptionsDialog()
            : base(nameof(NoOptionsDialog))
        {
            AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [OnlyStepAsync]));
        }

        private static async Task<DialogTurnResult> OnlyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            try
            {
                step.OptionsAs<List<string>>();
                step.Context.SendText("Options were found.");
            }
            catch (DialogResultException ex)
            {
                step.Context.SendText((step.HasOptions ? "Options" : "No options") + ", and reading them failed: " + ex.Message);
            }

            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }
    }
}
