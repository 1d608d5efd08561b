using System.Globalization;
using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>A whole number within [<see cref="PromptSpec.Min"/>, <see cref="PromptSpec.Max"/>].</summary>
public sealed class NumberPrompt(string id, PromptValidator? validator = null) : Prompt(id, PromptKind.Number, validator)
{
    protected override PromptRecognition RecognizeText(PromptSpec spec, string text, TurnContext context)
    {
        var trimmed = text.Trim().TrimEnd('.', '!');
        if (!int.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
                CultureInfo.InvariantCulture, out var number))
        {
            return PromptRecognition.Failure($"\"{text.Trim()}\" is not a whole number. {Instruction(spec)}");
        }

        return InRange(spec, number);
    }

    protected override PromptRecognition RecognizeCardAnswer(PromptSpec spec, JsonElement answer, TurnContext context) =>
        answer.ValueKind == JsonValueKind.Number
            ? answer.TryGetInt32(out var number)
                ? InRange(spec, number)
                : PromptRecognition.Failure($"That is not a whole number. {Instruction(spec)}")
            : base.RecognizeCardAnswer(spec, answer, context);

    protected override string Instruction(PromptSpec spec) => (spec.Min, spec.Max) switch
    {
        ({ } min, { } max) => $"Please answer with a whole number from {min} to {max}.",
        ({ } min, null) => $"Please answer with a whole number of at least {min}.",
        (null, { } max) => $"Please answer with a whole number of at most {max}.",
        _ => "Please answer with a whole number.",
    };

    private PromptRecognition InRange(PromptSpec spec, int number) =>
        (spec.Min is { } min && number < min) || (spec.Max is { } max && number > max)
            ? PromptRecognition.Failure($"{number} is out of range. {Instruction(spec)}")
            : PromptRecognition.Success(number);
}
