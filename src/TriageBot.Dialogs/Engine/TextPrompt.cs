namespace TriageBot.Dialogs.Engine;

/// <summary>Free text; <see cref="PromptSpec.Max"/> limits the length.</summary>
public sealed class TextPrompt(string id, PromptValidator? validator = null) : Prompt(id, PromptKind.Text, validator)
{
    protected override PromptRecognition RecognizeText(PromptSpec spec, string text, TurnContext context)
    {
        var answer = text.Trim();
        if (answer.Length == 0)
        {
            return PromptRecognition.Failure($"I didn't get an answer. {Instruction(spec)}");
        }

        return spec.Max is { } max && answer.Length > max
            ? PromptRecognition.Failure($"That answer is {answer.Length} characters long; please keep it to {max}.")
            : PromptRecognition.Success(answer);
    }

    protected override string Instruction(PromptSpec spec) =>
        spec.Max is { } max ? $"Please type your answer (up to {max} characters)." : "Please type your answer.";
}
