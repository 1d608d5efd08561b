namespace TriageBot.Cards.Model;

/// <summary>Input.ChoiceSet. A multi-select set submits its values joined with commas, so values may not contain one.</summary>
public sealed record ChoiceSetInput : CardInput
{
    public required IReadOnlyList<Choice> Choices { get; init; }

    public bool? IsMultiSelect { get; init; }

    public ChoiceSetStyle? Style { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; }
}
