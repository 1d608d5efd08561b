using Microsoft.Extensions.Time.Testing;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Tests.Engine.Sample;
using TriageBot.Dialogs.Tests.Harness;

namespace TriageBot.Dialogs.Tests.Engine;

public sealed class UserStateAndRetentionTests
{
    [Fact]
    public async Task User_values_written_in_one_conversation_are_read_in_another()
    {
        var storage = new MemoryStorage();
        var runner = new DialogRunner(new RoleDialog(), storage, new TextPromptRenderer(), TimeProvider.System);

        await new TestFlow(_ => runner, () => storage, conversationId: "first")
            .Send("hi").AssertReply(RoleDialog.Question)
            .Send("2").AssertReply("Thanks, Teacher.")
            .StartTestAsync();
        await new TestFlow(_ => runner, () => storage, conversationId: "second")
            .Send("hi").AssertReply("Welcome back, teacher.")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_question_that_does_not_allow_back_refuses_it_and_is_asked_again()
    {
        var storage = new MemoryStorage();
        var runner = new DialogRunner(new RoleDialog(), storage, new TextPromptRenderer(), TimeProvider.System);
        await new TestFlow(_ => runner, () => storage)
            .Send("hi").Send("1")
            .AssertReply(RoleDialog.Confirmation)
            .Send("back")
            .AssertReply("You can't go back from this question.")
            .AssertReply(m => m.Text.Contains(RoleDialog.Confirmation, StringComparison.Ordinal) && !(m.SuggestedReplies ?? []).Contains("Back"))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_conversation_purged_after_the_retention_period_starts_afresh()
    {
        var clock = new FakeTimeProvider(SampleFlows.Now);
        var storage = new MemoryStorage(clock);
        await new TestFlow(s => SampleFlows.Runner(s, clock), () => storage)
            .ToAdultsQuestion()
            .Do(async (_, s) =>
            {
                clock.Advance(TimeSpan.FromDays(29));
                Assert.Equal(0, await s.PurgeOlderThanAsync(TimeSpan.FromDays(30), clock));
                clock.Advance(TimeSpan.FromDays(2));
                // The conversation, and the four earlier questions kept for "back" with their answers.
                Assert.Equal(5, await s.PurgeOlderThanAsync(TimeSpan.FromDays(30), clock));
            })
            .AssertNoPrompt()
            .Send("3")
            .AssertReply(QuestionnaireDialog.DangerQuestion)
            .StartTestAsync();
    }

    /// <summary>Remembers the user's role across conversations; its confirmation may not be undone with back.</summary>
    private sealed class RoleDialog : ComponentDialog
    {
        public const string Question = "What is your role?";
        public const string Confirmation = "Shall I remember that?";

        public RoleDialog()
            : base(nameof(RoleDialog))
        {
            AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskStepAsync, ConfirmStepAsync, ThanksStepAsync]));
            AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
            AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        }

        private static async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            if (step.Context.UserValues.Contains("role") && step.Context.UserValues.Get("role").AsChoice() is { } role)
            {
                step.Context.SendText($"Welcome back, {role}.");
                return await step.EndDialogAsync(cancellationToken: cancellationToken);
            }

            return await step.PromptAsync(
                nameof(ChoicePrompt),
                PromptSpec.ForChoice(Question, new PromptChoice("nurse", "Nurse"), new PromptChoice("teacher", "Teacher")),
                cancellationToken);
        }

        private static async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            step.Values.Set("role", step.Result);
            if (step.Result.AsChoice() == "teacher")
            {
                return await step.NextAsync(DialogJsonYes(), cancellationToken);
            }

            return await step.PromptAsync(nameof(ConfirmPrompt), PromptSpec.ForConfirm(Confirmation) with { AllowBack = false }, cancellationToken);
        }

        private static async Task<DialogTurnResult> ThanksStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            if (step.Result.AsConfirm() == ConfirmAnswer.Yes)
            {
                step.Context.UserValues.Set("role", step.Values.Get("role"));
            }

            step.Context.SendText("Thanks, Teacher.");
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        private static System.Text.Json.JsonElement DialogJsonYes() => System.Text.Json.JsonSerializer.SerializeToElement(DialogResults.Yes);
    }
}
