namespace TriageBot.Cards.Model;

/// <summary>Input.Text.</summary>
public sealed record TextInput : CardInput
{
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public TextInputStyle? Style { get; init; }
}
