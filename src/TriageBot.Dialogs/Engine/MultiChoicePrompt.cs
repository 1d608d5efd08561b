using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// Several options, typed as "1, 3" or words, or submitted as a list or a card's comma-joined values.
/// Returns the chosen values in offered order; <see cref="PromptSpec.Min"/>/<see cref="PromptSpec.Max"/> bound how many.
/// </summary>
public sealed class MultiChoicePrompt(string id, PromptValidator? validator = null) : Prompt(id, PromptKind.MultiChoice, validator)
{
    protected override PromptSpec Prepare(PromptSpec spec)
    {
        ChoiceText.RequireChoices(spec, Id);
        return spec;
    }

    protected override PromptRecognition RecognizeText(PromptSpec spec, string text, TurnContext context) =>
        Check(spec, ChoiceMatcher.MatchMany(spec.Choices, [text]));

    protected override PromptRecognition RecognizeCardAnswer(PromptSpec spec, JsonElement answer, TurnContext context)
    {
        if (answer.ValueKind != JsonValueKind.Array)
        {
            return base.RecognizeCardAnswer(spec, answer, context);
        }

        var items = answer.EnumerateArray().ToList();
        if (items.Any(item => item.ValueKind != JsonValueKind.String))
        {
            return PromptRecognition.Failure($"That card reply's answer list held something other than text. {Instruction(spec)}");
        }

        return Check(spec, ChoiceMatcher.MatchMany(spec.Choices, items.Select(item => item.GetString() ?? "")));
    }

    protected override string Instruction(PromptSpec spec) =>
        $"Please answer with one or more of: {ChoiceText.Numbered(spec.Choices)} (for example \"1, 3\").";

    private static PromptRecognition Check(PromptSpec spec, (IReadOnlyList<PromptChoice> Matched, IReadOnlyList<string> Unknown) match)
    {
        if (match.Unknown.Count > 0)
        {
            var unknown = string.Join(", ", match.Unknown.Select(u => $"\"{u}\""));
            return PromptRecognition.Failure($"I didn't recognise {unknown}. Please answer with one or more of: {ChoiceText.Numbered(spec.Choices)}.");
        }

        var min = spec.Min ?? 1;
        if (match.Matched.Count < min)
        {
            return PromptRecognition.Failure(
                $"Please choose at least {min} of: {ChoiceText.Numbered(spec.Choices)}.");
        }

        if (spec.Max is { } max && match.Matched.Count > max)
        {
            return PromptRecognition.Failure($"Please choose no more than {max}; you chose {match.Matched.Count}.");
        }

        return PromptRecognition.Success(match.Matched.Select(c => c.Value).ToList());
    }
}
