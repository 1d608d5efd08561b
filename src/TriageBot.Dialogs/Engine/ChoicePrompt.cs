namespace TriageBot.Dialogs.Engine;

/// <summary>One option from <see cref="PromptSpec.Choices"/>; returns the option's value.</summary>
public sealed class ChoicePrompt(string id, PromptValidator? validator = null) : Prompt(id, PromptKind.Choice, validator)
{
    protected override PromptSpec Prepare(PromptSpec spec)
    {
        ChoiceText.RequireChoices(spec, Id);
        return spec;
    }

    protected override PromptRecognition RecognizeText(PromptSpec spec, string text, TurnContext context) =>
        ChoiceMatcher.MatchOne(spec.Choices, text) is { } choice
            ? PromptRecognition.Success(choice.Value)
            : PromptRecognition.Failure(Instruction(spec));

    protected override string Instruction(PromptSpec spec) =>
        $"Please answer with one of: {ChoiceText.Numbered(spec.Choices)}.";
}
