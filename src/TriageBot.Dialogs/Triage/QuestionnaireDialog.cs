using System.Globalization;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.QuestionBank;

namespace TriageBot.Dialogs.Triage;

/// <summary>
/// Asks the chosen topics' questions, one a turn, in source order, skipping those whose conditions do not
/// hold. Each question is its own instance of this waterfall (the next replaces it with the answers so far),
/// so "back", a restart and a stale card all see exactly the answers given up to that question.
/// </summary>
public sealed class QuestionnaireDialog : WaterfallDialog
{
    private const string TopicKey = "topic";
    private const string QuestionKey = "question";
    private readonly TriageContent _content;

    public QuestionnaireDialog(TriageContent content)
        : base(nameof(QuestionnaireDialog))
    {
        _content = content;
        AddStep(AskStepAsync);
        AddStep(RecordStepAsync);
        HelpText = "These are the questions the Gateway may ask when you call (Plymouth threshold guidance, Appendix 2). Answer what you know; type 'skip' or 'don't know' where you don't.";
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = step.OptionsAs<TriageAnswers>();
        if (Next(answers) is not var (topicIndex, questionIndex))
        {
            return await step.EndDialogAsync(answers, cancellationToken);
        }

        step.Values.Set(TopicKey, topicIndex);
        step.Values.Set(QuestionKey, questionIndex);
        var topic = _content.Topic(answers.Topics[topicIndex]);
        var question = topic.Questions[questionIndex];
        return await step.PromptAsync(PromptFor(question), Spec(topic, question, questionIndex, answers), cancellationToken);
    }

    private async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = step.OptionsAs<TriageAnswers>();
        var topicIndex = step.Values.Get(TopicKey).AsNumber() ?? throw new DialogResultException("The questionnaire lost its place (topic).");
        var questionIndex = step.Values.Get(QuestionKey).AsNumber() ?? throw new DialogResultException("The questionnaire lost its place (question).");
        var question = _content.Topic(answers.Topics[topicIndex]).Questions[questionIndex];

        var updated = answers.With(question, ToAnswer(question, step.Result)) with { TopicIndex = topicIndex, QuestionIndex = questionIndex + 1 };
        if (updated.ImmediateDanger && !answers.ImmediateDanger)
        {
            step.Context.Send(TriageMessages.CallNineNineNine(_content, NodaTime.Instant.FromDateTimeOffset(step.Context.Clock.GetUtcNow())));
        }

        return await step.ReplaceDialogAsync(Id, updated, cancellationToken);
    }

    /// <summary>The next question to ask at or after the saved place, or null when the topics are done.</summary>
    private (int Topic, int Question)? Next(TriageAnswers answers)
    {
        for (var t = answers.TopicIndex; t < answers.Topics.Count; t++)
        {
            var questions = _content.Topic(answers.Topics[t]).Questions;
            for (var q = t == answers.TopicIndex ? answers.QuestionIndex : 0; q < questions.Count; q++)
            {
                if (QuestionRules.ShouldAsk(questions[q], answers.Answers))
                {
                    return (t, q);
                }
            }
        }

        return null;
    }

    private static string PromptFor(Question question) => question.Answer.Kind switch
    {
        AnswerType.YesNo => nameof(ConfirmPrompt),
        AnswerType.Choice => nameof(ChoicePrompt),
        AnswerType.MultiChoice => nameof(MultiChoicePrompt),
        AnswerType.Number => nameof(NumberPrompt),
        AnswerType.Date => nameof(DatePrompt),
        _ => nameof(TextPrompt),
    };

    private static PromptSpec Spec(Topic topic, Question question, int index, TriageAnswers answers)
    {
        var spec = question.Answer;
        var (number, total) = Progress(topic, index, answers);
        var kind = spec.Kind switch
        {
            AnswerType.YesNo => PromptKind.Confirm,
            AnswerType.Choice => PromptKind.Choice,
            AnswerType.MultiChoice => PromptKind.MultiChoice,
            AnswerType.Number => PromptKind.Number,
            AnswerType.Date => PromptKind.Date,
            _ => PromptKind.Text,
        };
        return new PromptSpec
        {
            Kind = kind,
            Text = question.Text,
            QuestionId = question.Id,
            Choices = [.. (spec.Options ?? []).Select(o => new PromptChoice(o.Value, o.Label))],
            Min = kind == PromptKind.Number && spec.Min is { } min ? (int)min : null,
            Max = kind switch
            {
                PromptKind.Number when spec.Max is { } max => (int)max,
                PromptKind.Text => 2000,
                _ => null,
            },
            Progress = new PromptProgress(number, total, topic.Title),
            AllowSkip = spec.AllowNotKnown || kind == PromptKind.Text,
            Help = question.Authored
                ? "I ask this to choose the right questions for you. Answer what you know, or type 'skip'."
                : $"This is one of the questions the Gateway may ask ({topic.Source}). Answer what you know, or type 'skip' or 'don't know'.",
        };
    }

    // Questions already answered in this topic, this one, and those still to come whose conditions hold or
    // are not settled yet: an honest "question 4 of 9" that can shrink as answers rule questions out.
    private static (int Number, int Total) Progress(Topic topic, int index, TriageAnswers answers)
    {
        var total = 0;
        var number = 0;
        for (var q = 0; q < topic.Questions.Count; q++)
        {
            var question = topic.Questions[q];
            if (q < index ? answers.Answers.ContainsKey(question.Id)
                : q == index || QuestionRules.ShouldAsk(question, answers.Answers) || question.AskWhen.Any(c => !answers.Answers.ContainsKey(c.Question)))
            {
                total++;
            }

            if (q == index)
            {
                number = total;
            }
        }

        return (number, total);
    }

    internal static Answer ToAnswer(Question question, System.Text.Json.JsonElement? result)
    {
        if (result.IsNotKnown())
        {
            return Answer.NotKnown;
        }

        return question.Answer.Kind switch
        {
            AnswerType.YesNo => result.AsConfirm() switch
            {
                ConfirmAnswer.Yes => Answer.Yes,
                ConfirmAnswer.No => Answer.No,
                _ => Answer.NotKnown,
            },
            AnswerType.Choice => result.AsChoice() is { } value ? Answer.Choice(value) : Answer.NotKnown,
            AnswerType.MultiChoice => result.AsChoices() is { Count: > 0 } values ? Answer.Choices(values) : Answer.NotKnown,
            AnswerType.Number => result.AsNumber() is { } n ? Answer.OfNumber(n) : Answer.NotKnown,
            AnswerType.Date => result.AsDate() is { } d ? Answer.OnDate(new DateOnly(d.Year, d.Month, d.Day)) : Answer.NotKnown,
            _ => result.AsText() is { } text && !string.IsNullOrWhiteSpace(text) ? Answer.OfText(text.Trim()) : Answer.NotKnown,
        };
    }

    internal static string Describe(Question question, Answer answer) => answer.Kind switch
    {
        AnswerKind.NotKnown => "not known",
        AnswerKind.Number => answer.Number!.Value.ToString(CultureInfo.InvariantCulture),
        AnswerKind.Date => answer.Date!.Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        AnswerKind.Text => answer.Text!,
        _ when question.Answer.Kind == AnswerType.YesNo => answer.Values[0] == Answer.YesValue ? "Yes" : "No",
        _ => string.Join("; ", answer.Values.Select(v => question.Answer.Options?.FirstOrDefault(o => o.Value == v)?.Label ?? v)),
    };
}
