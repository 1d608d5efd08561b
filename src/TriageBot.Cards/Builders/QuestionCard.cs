using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using TriageBot.Cards.Model;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Builders;

/// <summary>One question of the conversation: the question verbatim, its source, and a way to answer by tapping or typing.</summary>
public static class QuestionCard
{
    /// <summary>Up to this many options show as buttons; more become a list, which a phone shows without truncation.</summary>
    public const int MaxButtonOptions = 5;

    /// <summary>A button title longer than this is cut off on a phone, so such options go in a list instead.</summary>
    public const int MaxButtonTitleLength = 40;

    public static CardResult Build(QuestionView v)
    {
        Validate(v);
        var progress = $"Question {v.Number} of {v.Total} · {v.Topic}";
        var body = new List<CardElement> { Blocks.Heading(progress, size: TextSize.Medium) };
        var text = new StringBuilder().AppendLine(progress);

        if (!string.IsNullOrWhiteSpace(v.Prompt))
        {
            body.Add(Blocks.Verbatim(v.Prompt, subtle: true));
            text.AppendLine(v.Prompt);
        }

        body.Add(Blocks.Verbatim(v.Text, weight: TextWeight.Bolder, size: TextSize.Medium));
        text.AppendLine(v.Text);
        if (!string.IsNullOrWhiteSpace(v.Source))
        {
            body.Add(Blocks.Verbatim($"Source: {v.Source}", subtle: true, size: TextSize.Small));
            text.AppendLine(CultureInfo.InvariantCulture, $"Source: {v.Source}");
        }

        var (answerElements, hint) = Answer(v, text);
        body.AddRange(answerElements);
        body.Add(Blocks.Words(hint, subtle: true));
        text.AppendLine(hint);

        var navigation = new List<CardAction>();
        var typed = new List<string>();
        if (v.CanGoBack)
        {
            navigation.Add(Blocks.Command("Back", CardProtocol.CommandBack, v.Nonce));
            typed.Add("back");
        }

        if (v.CanSkip)
        {
            navigation.Add(Blocks.Command("Skip / don't know", CardProtocol.CommandSkip, v.Nonce));
            typed.Add("skip");
        }

        navigation.Add(Blocks.Command("Cancel", CardProtocol.CommandCancel, v.Nonce));
        typed.Add("cancel");
        text.Append(CultureInfo.InvariantCulture, $"You can also type: {string.Join(", ", typed)}.");

        var card = Blocks.Card(body, navigation, $"{progress}. {v.Text}");
        return CardBudget.Ensure(card, text.ToString(), "question card");
    }

    private static (IEnumerable<CardElement> Elements, string Hint) Answer(QuestionView v, StringBuilder text)
    {
        switch (v.Kind)
        {
            case QuestionKind.YesNoUnknown:
                text.AppendLine("Answer yes, no or not known.");
                return (
                    [new ActionSet
                    {
                        Actions =
                        [
                            AnswerButton("Yes", CardProtocol.AnswerYes, v.Nonce),
                            AnswerButton("No", CardProtocol.AnswerNo, v.Nonce),
                            AnswerButton("Not known", CardProtocol.AnswerNotKnown, v.Nonce),
                        ],
                    }],
                    "Tap an answer, or type your answer: yes, no or not known.");

            case QuestionKind.Choice when v.Options.Count <= MaxButtonOptions && v.Options.Select(NumberedTitle).All(t => t.Length <= MaxButtonTitleLength):
                AppendOptions(v, text);
                return (
                    [new ActionSet { Actions = [.. v.Options.Select((o, i) => AnswerButton(NumberedTitle(o, i), o.Value, v.Nonce))] }],
                    "Tap an answer, or type your answer (its words or its number).");

            case QuestionKind.Choice:
            case QuestionKind.MultiChoice:
                AppendOptions(v, text);
                var multi = v.Kind == QuestionKind.MultiChoice;
                return (
                    [
                        new ChoiceSetInput
                        {
                            Id = CardProtocol.AnswerKey,
                            Label = multi ? "Choose all that apply" : "Choose one",
                            Choices = [.. v.Options.Select((o, i) => new Choice(NumberedTitle(o, i), o.Value))],
                            Style = ChoiceSetStyle.Expanded,
                            IsMultiSelect = multi ? true : null,
                            Wrap = true,
                            IsRequired = true,
                            ErrorMessage = multi ? "Choose at least one, or choose Skip." : "Choose one, or choose Skip.",
                        },
                        SendButton(v.Nonce),
                    ],
                    multi
                        ? "Tick all that apply and send, or type your answer (words or numbers, separated by commas)."
                        : "Choose one and send, or type your answer (its words or its number).");

            case QuestionKind.Number:
                text.AppendLine("Answer with a number" + Range(v) + ".");
                return (
                    [
                        new NumberInput
                        {
                            Id = CardProtocol.AnswerKey,
                            Label = "Your answer (a number)",
                            Min = v.Min,
                            Max = v.Max,
                            IsRequired = true,
                            ErrorMessage = "Type a number" + Range(v) + ", or choose Skip.",
                        },
                        SendButton(v.Nonce),
                    ],
                    "Fill in the number and send, or type your answer.");

            case QuestionKind.Date:
                text.AppendLine("Answer with a date, for example 24/11/2026.");
                return (
                    [
                        new DateInput
                        {
                            Id = CardProtocol.AnswerKey,
                            Label = "Your answer (a date)",
                            IsRequired = true,
                            ErrorMessage = "Choose a date, or choose Skip.",
                        },
                        SendButton(v.Nonce),
                    ],
                    "Choose the date and send, or type your answer.");

            case QuestionKind.Text:
                text.AppendLine("Answer in your own words.");
                return (
                    [
                        new TextInput
                        {
                            Id = CardProtocol.AnswerKey,
                            Label = "Your answer, in your own words",
                            IsMultiline = true,
                            MaxLength = v.MaxLength,
                            Placeholder = "Write what you saw or were told",
                            IsRequired = true,
                            ErrorMessage = "Write an answer, or choose Skip.",
                        },
                        SendButton(v.Nonce),
                    ],
                    "Write your answer and send, or type your answer as a message.");

            default:
                throw new ArgumentOutOfRangeException(nameof(v), v.Kind, "Unknown question kind.");
        }
    }

    private static SubmitAction AnswerButton(string title, string value, string nonce) =>
        Blocks.Submit(title, new JsonObject { [CardProtocol.AnswerKey] = value, [CardProtocol.NonceKey] = nonce });

    /// <summary>The input's value is merged into the data under "answer"; the data adds the nonce.</summary>
    private static ActionSet SendButton(string nonce) => new()
    {
        Actions = [Blocks.Submit("Send answer", new JsonObject { [CardProtocol.NonceKey] = nonce })],
    };

    /// <summary>Numbered, so the professional can answer by typing the number.</summary>
    private static string NumberedTitle(AnswerOption option, int index) => $"{index + 1}. {option.Title}";

    private static void AppendOptions(QuestionView v, StringBuilder text)
    {
        text.AppendLine(v.Kind == QuestionKind.MultiChoice ? "Choose all that apply:" : "Choose one:");
        for (var i = 0; i < v.Options.Count; i++)
        {
            text.AppendLine(NumberedTitle(v.Options[i], i));
        }
    }

    private static string Range(QuestionView v) => (v.Min, v.Max) switch
    {
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $" from {min} to {max}"),
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $" of at least {min}"),
        (null, { } max) => string.Create(CultureInfo.InvariantCulture, $" of at most {max}"),
        _ => string.Empty,
    };

    private static void Validate(QuestionView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        ViewChecks.Text(v.Topic, "The question's topic");
        ViewChecks.Text(v.Text, "The question's text");
        ViewChecks.Text(v.Nonce, "The question's nonce");
        if (v.Total < 1 || v.Number < 1 || v.Number > v.Total)
        {
            throw new ArgumentException($"Question {v.Number} of {v.Total} is not a position: the number must be 1 to the total.", nameof(v));
        }

        if (v.Min is { } min && v.Max is { } max && min > max)
        {
            throw new ArgumentException($"The question's range is empty: min {min} is above max {max}.", nameof(v));
        }

        if (v.MaxLength < 1)
        {
            throw new ArgumentException($"The question's MaxLength must be at least 1, not {v.MaxLength}.", nameof(v));
        }

        var choice = v.Kind is QuestionKind.Choice or QuestionKind.MultiChoice;
        if (choice && v.Options.Count < 2)
        {
            throw new ArgumentException($"A {v.Kind} question needs at least two options; \"{v.Text}\" has {v.Options.Count}.", nameof(v));
        }

        if (!choice && v.Options.Count > 0)
        {
            throw new ArgumentException($"A {v.Kind} question takes no options; \"{v.Text}\" has {v.Options.Count}.", nameof(v));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in v.Options)
        {
            ViewChecks.Text(option.Title, "An option's title");
            ViewChecks.Text(option.Value, $"The value of option \"{option.Title}\"");
            if (!seen.Add(option.Value))
            {
                throw new ArgumentException($"Two options share the value \"{option.Value}\".", nameof(v));
            }

            // A multi-select list submits its values joined by commas; a comma inside a value would split it.
            if (option.Value.Contains(',', StringComparison.Ordinal))
            {
                throw new ArgumentException($"The value of option \"{option.Title}\" contains a comma, which the card would split: \"{option.Value}\".", nameof(v));
            }
        }
    }
}
