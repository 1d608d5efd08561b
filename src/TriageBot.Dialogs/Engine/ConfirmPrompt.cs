using System.Text.Json;

namespace TriageBot.Dialogs.Engine;

/// <summary>Yes / no / not known. "Not known" is a real answer here, never a failure, skip or no skip.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator? validator = null) : Prompt(id, PromptKind.Confirm, validator)
{
    private static readonly IReadOnlyList<PromptChoice> Options =
    [
        new(DialogResults.Yes, "Yes", ["y", "yeah", "yep", "true"]),
        new(DialogResults.No, "No", ["n", "nope", "false"]),
        new(DialogResults.NotKnown, "Not known", ["unknown", "dont know", "don't know", "not sure"]),
    ];

    protected override JsonElement NotKnownAnswer => DialogJson.ToElement(DialogResults.NotKnown);

    protected override bool CanSkip(PromptSpec spec) => true;

    // Saved without them; a question saved with them by an earlier build keeps its own.
    protected override PromptSpec Complete(PromptSpec saved) => saved.Choices.Count == 0 ? saved with { Choices = Options } : saved;

    protected override PromptRecognition RecognizeText(PromptSpec spec, string text, TurnContext context) =>
        ChoiceMatcher.MatchOne(spec.Choices, text) is { } choice
            ? PromptRecognition.Success(choice.Value)
            : PromptRecognition.Failure(Instruction(spec));

    protected override string Instruction(PromptSpec spec) =>
        $"Please answer with one of: {ChoiceText.Numbered(spec.Choices)}.";
}
