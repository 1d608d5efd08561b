using TriageBot.Cards.Builders;
using TriageBot.Cards.Views;
using TriageBot.Dialogs.Engine;

namespace TriageBot.Dialogs.Triage;

/// <summary>Shows each question as an Adaptive Card with its plain-text twin; typed answers still work.</summary>
public sealed class CardPromptRenderer(TriageContent content) : IPromptRenderer
{
    public BotMessage Render(PromptSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var found = spec.QuestionId is { } id ? content.FindQuestion(id) : null;
        var view = new QuestionView
        {
            Topic = spec.Progress?.Section ?? "TriageBot",
            Prompt = found?.Question.Subheading,
            Number = spec.Progress?.Number ?? 1,
            Total = spec.Progress?.Total ?? 1,
            Text = spec.Problem is { } problem ? $"{problem}\n\n{spec.Text}" : spec.Text,
            Source = found is { } f && !f.Question.Authored ? f.Topic.Source : null,
            Kind = spec.Kind switch
            {
                PromptKind.Confirm => QuestionKind.YesNoUnknown,
                PromptKind.Choice => QuestionKind.Choice,
                PromptKind.MultiChoice => QuestionKind.MultiChoice,
                PromptKind.Number => QuestionKind.Number,
                PromptKind.Date => QuestionKind.Date,
                _ => QuestionKind.Text,
            },
            // Confirm prompts carry yes/no/not known as choices for typed matching; the card draws its own buttons.
            Options = spec.Kind is PromptKind.Choice or PromptKind.MultiChoice ? [.. spec.Choices.Select(c => new AnswerOption(c.Value, c.Label))] : [],
            Nonce = spec.Nonce,
            CanGoBack = spec.AllowBack,
            CanSkip = spec.AllowSkip,
            Min = spec.Kind == PromptKind.Number ? spec.Min : null,
            Max = spec.Kind == PromptKind.Number ? spec.Max : null,
            MaxLength = spec.Kind == PromptKind.Text && spec.Max is { } max ? max : 2000,
        };
        return TriageMessages.ToMessage(QuestionCard.Build(view));
    }
}
