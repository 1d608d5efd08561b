namespace TriageBot.Cards.Model;

/// <summary>Input.Number.</summary>
public sealed record NumberInput : CardInput
{
    public double? Value { get; init; }

    public string? Placeholder { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }
}
